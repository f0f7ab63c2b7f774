// The five school policies our rules cite (../shared/seeds). Names as each policy gives them.
export const SCHOOLS = {
  wirksworth: { school: 'Wirksworth Junior School', seed: '000_3a40ed3f22943de1' },
  southEnd: { school: 'South End Junior School', seed: '001_16854d3c59b24e5a' },
  westKirby: { school: 'West Kirby Primary School', seed: '002_db2e241856c89d2a' },
  aceDerbyshire: { school: 'ACE Derbyshire Trust', seed: '003_1ed4c76971c58ac0' },
  coton: { school: 'Coton-in-the-Elms Primary School', seed: '004_4811cb6a4d6851da' },
} as const;
