import * as migration_20261125_204756_initial from './20261125_204756_initial';

export const migrations = [
  {
    up: migration_20261125_204756_initial.up,
    down: migration_20261125_204756_initial.down,
    name: '20261125_204756_initial'
  },
];
