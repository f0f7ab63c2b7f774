// Well-known people whose full names appear in school posts as authors, historical figures taught in
// primary schools and book characters. Never flagged as a pupil's full name. Admins add local figures
// (the MP, the mayor) to their allowlist.
export const PUBLIC_FIGURES: readonly string[] = [
  // children's authors and illustrators
  'Julia Donaldson', 'Axel Scheffler', 'Roald Dahl', 'Quentin Blake', 'David Walliams', 'Michael Rosen',
  'Jacqueline Wilson', 'Tom Fletcher', 'Dougie Poynter', 'Cressida Cowell', 'Malorie Blackman', 'Jill Murphy',
  'Judith Kerr', 'Eric Carle', 'Oliver Jeffers', 'Mo Willems', 'Lauren Child', 'Anthony Browne', 'Shirley Hughes',
  'Enid Blyton', 'Beatrix Potter', 'Lewis Carroll', 'Roger Hargreaves', 'Dr Seuss', 'Michael Morpurgo',
  'Philip Pullman', 'Anne Fine', 'Dick King-Smith', 'Liz Pichon', 'Jeff Kinney', 'Dav Pilkey', 'Rachel Bright',
  'Nick Sharratt', 'Allan Ahlberg', 'Janet Ahlberg', 'Martin Waddell', 'Mick Inkpen', 'Lucy Cousins',
  'Rob Biddulph', 'Sue Hendra', 'Emily Gravett', 'Jon Klassen', 'Kes Gray', 'Onjali Rauf', 'Katherine Rundell',
  'Robin Stevens', 'Frank Cottrell-Boyce', 'Neil Gaiman', 'Terry Pratchett', 'C S Lewis', 'J K Rowling',
  'JK Rowling', 'Joanne Rowling', 'Tolkien', 'Kate DiCamillo', 'Francesca Simon', 'Tony Ross', 'Jim Smith',
  'Adam Kay', 'Benjamin Zephaniah', 'Joseph Coelho', 'Chris Riddell', 'Cerrie Burnell', 'Greg James',
  'Chris Smith', 'Matt Haig', 'Pamela Butchart', 'Sophie Anderson', 'Abi Elphinstone', 'Kiran Millwood Hargrave',
  'Peter Bently', 'Giles Andreae', 'Guy Parker-Rees', 'Ross Montgomery', 'Aaron Becker', 'Shaun Tan',
  'Raymond Briggs', 'Charles Dickens', 'William Shakespeare', 'Hans Christian Andersen', 'Brothers Grimm',
  'Rudyard Kipling', 'Robert Louis Stevenson', 'Frances Hodgson Burnett', 'Anna Sewell', 'Kenneth Grahame',
  'Arthur Ransome', 'Mary Norton', 'Dodie Smith', 'Ted Hughes', 'Spike Milligan', 'Edward Lear',
  // historical and public figures in the primary curriculum
  'Florence Nightingale', 'Mary Seacole', 'Grace Darling', 'Edith Cavell', 'Rosa Parks', 'Martin Luther King',
  'Nelson Mandela', 'Neil Armstrong', 'Buzz Aldrin', 'Tim Peake', 'Helen Sharman', 'Mae Jemison',
  'Christopher Columbus', 'Isaac Newton', 'Albert Einstein', 'Charles Darwin', 'Marie Curie', 'Mary Anning',
  'Ada Lovelace', 'Alan Turing', 'Isambard Kingdom Brunel', 'George Stephenson', 'Alexander Graham Bell',
  'Thomas Edison', 'Amelia Earhart', 'Amy Johnson', 'Emmeline Pankhurst', 'Walter Tull', 'Ernest Shackleton',
  'Robert Falcon Scott', 'Captain Cook', 'James Cook', 'Guy Fawkes', 'Samuel Pepys', 'Henry VIII',
  'Queen Victoria', 'Queen Elizabeth', 'King Charles', 'Elizabeth I', 'Anne Boleyn', 'Boudicca',
  'Julius Caesar', 'Winston Churchill', 'Anne Frank', 'Malala Yousafzai', 'Greta Thunberg', 'David Attenborough',
  'Steve Irwin', 'Jane Goodall', 'Frida Kahlo', 'Vincent van Gogh', 'Claude Monet', 'Pablo Picasso',
  'Andy Warhol', 'Henri Matisse', 'Georgia O\u2019Keeffe', 'Leonardo da Vinci', 'Andy Goldsworthy',
  'Henry Moore', 'Barbara Hepworth', 'L S Lowry', 'Wolfgang Amadeus Mozart', 'Ludwig van Beethoven',
  'Marcus Rashford', 'Lionel Messi', 'Harry Kane', 'Jessica Ennis-Hill', 'Mo Farah', 'Tom Daley',
  'Serena Williams', 'Andy Murray', 'Emma Raducanu', 'Lewis Hamilton', 'Usain Bolt', 'Simone Biles',
  'Joe Wicks', 'Captain Tom', 'Tom Moore', 'Stephen Hawking', 'Tim Berners-Lee', 'Rosalind Franklin',
  // book and film characters
  'Harry Potter', 'Hermione Granger', 'Ron Weasley', 'Peter Rabbit', 'Paddington Bear', 'Winnie the Pooh',
  'Charlie Bucket', 'Willy Wonka', 'Fantastic Mr Fox', 'Peter Pan', 'Alice Liddell', 'Tracy Beaker',
  'Horrid Henry', 'Dennis the Menace', 'Mary Poppins', 'Tom Kitten', 'Jack Frost', 'Father Christmas',
  'Santa Claus', 'Robin Hood', 'King Arthur', 'Tiny Tim', 'Oliver Twist', 'Goldilocks', 'Little Red Riding Hood',
  'Bob the Builder', 'Peppa Pig', 'Fireman Sam', 'Postman Pat', 'Tom Gates', 'Greg Heffley', 'Danny Champion',
  'James Henry Trotter', 'Matilda Wormwood', 'Jack Sparrow', 'Harry Styles', 'Taylor Swift', 'Ed Sheeran',
];
