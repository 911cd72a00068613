-- District names as the Constitution's Schedule 4 and the Local Level Restructuring Commission's list have them
-- (issue 18): Panchthar (was "Pachthar"), and the two parts of Rukum named alike in both languages
UPDATE DISTRICT SET NAME_EN = 'Panchthar', NAME_NE = 'पाँचथर' WHERE CODE = 8;
UPDATE DISTRICT SET NAME_EN = 'Rukum East', NAME_NE = 'रुकुम पूर्व' WHERE CODE = 56;
UPDATE DISTRICT SET NAME_EN = 'Rukum West', NAME_NE = 'रुकुम पश्चिम' WHERE CODE = 59;
