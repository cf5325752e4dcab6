import * as migration_20261122_075155_initial from './20261122_075155_initial';
import * as migration_20261123_131800_publishing_review_freshness from './20261123_131800_publishing_review_freshness';
import * as migration_20261207_010320_term_dates_and_checks from './20261207_010320_term_dates_and_checks';
import * as migration_20261207_022200_notifications from './20261207_022200_notifications';

export const migrations = [
  {
    up: migration_20261122_075155_initial.up,
    down: migration_20261122_075155_initial.down,
    name: '20261122_075155_initial',
  },
  {
    up: migration_20261123_131800_publishing_review_freshness.up,
    down: migration_20261123_131800_publishing_review_freshness.down,
    name: '20261123_131800_publishing_review_freshness',
  },
  {
    up: migration_20261207_010320_term_dates_and_checks.up,
    down: migration_20261207_010320_term_dates_and_checks.down,
    name: '20261207_010320_term_dates_and_checks',
  },
  {
    up: migration_20261207_022200_notifications.up,
    down: migration_20261207_022200_notifications.down,
    name: '20261207_022200_notifications'
  },
];
