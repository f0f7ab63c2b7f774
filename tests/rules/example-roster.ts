// An invented roster for rule examples (no real or corpus names). Same columns as the MIS import.
export const EXAMPLE_ROSTER_CSV = `first_name,last_name,preferred_name,year_group,class,photo_consent,name_consent,video_consent,do_not_publish
Tilly,Ashworth,,Year 2,Oak,yes,yes,yes,no
Kofi,Owusu-Ansah,,Year 5,Ash,yes,yes,yes,no
Ruairí,O'Donnell,,Year 3,Elm,yes,yes,yes,no
Zuzanna,Wójcik,,Year 4,Birch,yes,yes,yes,no
Will,Hartley,,Year 1,Willow,yes,yes,yes,no
Hope,Ndiaye,,Year 1,Willow,yes,yes,yes,no
Summer,Okoro,,Reception,Hazel,yes,yes,yes,no
Bartholomew,Quill,Barty,Year 6,Rowan,yes,yes,yes,no
Joy,da Costa,,Year 3,Elm,yes,yes,yes,no
`;
