// Given names common in UK schools that compromise's (mostly American) lexicon does not know.
// Used only to recognise a child named in full who is not on the roster; everyday words are left out.
export const EXTRA_GIVEN_NAMES: readonly string[] = `
Leo Finley Arlo Albie Jaxon Harrison Jenson Grayson Vinnie Kian Callum Declan Kayden Rhys Ewan Cian Cillian
Tadhg Oisin Ruairi Niall Krish Dev Zain Zayn Ayan Idris Tariq Kofi Kwame Kojo Emeka Chidi Tobi Tunde Femi Dami
Ayo Segun Olu Kayode Obinna Chinedu Ikenna Freya Sienna Maya Esme Arabella Imogen Ayla Orla Aurora Elodie Ottilie
Maddison Aoife Saoirse Caoimhe Roisin Sinead Grainne Orlagh Clodagh Amira Hafsa Inaaya Safiya Sana Amara Chioma
Adaeze Chiamaka Ngozi Ifeoma Temi Tolu Funmi Yetunde Priya Ishani Tilly Lexi Oakley Wiktor Oliwia Zuzanna Wiktoria
Amelie Ioana Hodan Sahra Abdi Ubah Faisal Ilham Nasra Kenji Hiroshi Yuki Alfie Freddie Reggie Ronnie Frankie Ollie
Albie Theo Teddy Tommy Archie Louie Jenson Jago Kit Rafferty Rocco Nico Enzo Otis Ezra Milo Kairo Koa Jaxson Kobe
Tayo Tobi Ade Ayodele Bolu Dayo Jide Kemi Lola Sade Simi Zara Zaria Aaliyah Amaya Anaya Inaya Eesa Isa Musa Yahya
Zakariya Ayesha Maryam Mariam Khadija Zainab Hana Halima Iqra Aleena Alina Eshal Haniya Jannat Manahil Mehak Noor
Rida Rumaisa Sumaya Aarav Arjun Vihaan Reyansh Ishaan Kabir Rohan Sai Advik Anvi Aadhya Diya Kiara Myra Navya
Saanvi Siya Kacper Jakub Szymon Filip Antoni Franciszek Oskar Tymon Igor Hubert Lena Zofia Hanna Nikola Alicja
Ksenia Darius Mihai Matei Luca Vlad Bogdan Denisa Ilinca Sofija Milan Luka Ana Mateo Santiago Thiago
`
  .split(/\s+/)
  .filter(Boolean);
