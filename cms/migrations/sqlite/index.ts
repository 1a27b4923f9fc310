import * as migration_20261125_204735_initial from './20261125_204735_initial';
import * as migration_20261126_000836_editorial_model from './20261126_000836_editorial_model';

export const migrations = [
  {
    up: migration_20261125_204735_initial.up,
    down: migration_20261125_204735_initial.down,
    name: '20261125_204735_initial',
  },
  {
    up: migration_20261126_000836_editorial_model.up,
    down: migration_20261126_000836_editorial_model.down,
    name: '20261126_000836_editorial_model'
  },
];
