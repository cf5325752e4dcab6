import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_requests_decisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`decision\` text NOT NULL,
  	\`by_id\` integer,
  	\`at\` text NOT NULL,
  	\`comment\` text,
  	\`changed_fields\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`review_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_requests_decisions_order_idx\` ON \`review_requests_decisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_decisions_parent_id_idx\` ON \`review_requests_decisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_decisions_by_idx\` ON \`review_requests_decisions\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`review_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`organisation_id\` integer,
  	\`status\` text DEFAULT 'waiting' NOT NULL,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_requests_target_id_idx\` ON \`review_requests\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_organisation_idx\` ON \`review_requests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_status_idx\` ON \`review_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_submitted_by_idx\` ON \`review_requests\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_updated_at_idx\` ON \`review_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_created_at_idx\` ON \`review_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`hubs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hubs_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_requests_rels_order_idx\` ON \`review_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_parent_idx\` ON \`review_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_path_idx\` ON \`review_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_hubs_id_idx\` ON \`review_requests_rels\` (\`hubs_id\`);`)
  await db.run(sql`CREATE TABLE \`problem_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`service_id\` integer NOT NULL,
  	\`topic\` text NOT NULL,
  	\`details\` text NOT NULL,
  	\`reporter_name\` text,
  	\`reporter_email\` text,
  	\`page\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`staff_note\` text,
  	\`handled_by_id\` integer,
  	\`handled_at\` text,
  	\`sender_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`handled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`problem_reports_service_idx\` ON \`problem_reports\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_status_idx\` ON \`problem_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_handled_by_idx\` ON \`problem_reports\` (\`handled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_sender_key_idx\` ON \`problem_reports\` (\`sender_key\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_updated_at_idx\` ON \`problem_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_created_at_idx\` ON \`problem_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`problem_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`hubs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`problem_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hubs_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`problem_reports_rels_order_idx\` ON \`problem_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_rels_parent_idx\` ON \`problem_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_rels_path_idx\` ON \`problem_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`problem_reports_rels_hubs_id_idx\` ON \`problem_reports_rels\` (\`hubs_id\`);`)
  await db.run(sql`CREATE TABLE \`site_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`requested_at\` text NOT NULL,
  	\`run_after\` text NOT NULL,
  	\`requested_by_id\` integer,
  	\`changes\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_seconds\` numeric,
  	\`heartbeat_at\` text,
  	\`worker\` text,
  	\`folder\` text,
  	\`pages\` numeric,
  	\`error\` text,
  	\`offending_record_collection\` text,
  	\`offending_record_record_id\` text,
  	\`offending_record_name\` text,
  	\`offending_record_field\` text,
  	\`offending_record_message\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_builds_status_idx\` ON \`site_builds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_requested_at_idx\` ON \`site_builds\` (\`requested_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_requested_by_idx\` ON \`site_builds\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_updated_at_idx\` ON \`site_builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_builds_created_at_idx\` ON \`site_builds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`target_collection\` text NOT NULL,
  	\`target_id\` text NOT NULL,
  	\`due_on\` text NOT NULL,
  	\`sent_at\` text NOT NULL,
  	\`recipients\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`review_reminders_target_collection_idx\` ON \`review_reminders\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_target_id_idx\` ON \`review_reminders\` (\`target_id\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_updated_at_idx\` ON \`review_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_created_at_idx\` ON \`review_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publish_locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`publish_locks_key_idx\` ON \`publish_locks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`publish_locks_updated_at_idx\` ON \`publish_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publish_locks_created_at_idx\` ON \`publish_locks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`review_every_months\` numeric DEFAULT 6;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_review_every_months\` numeric DEFAULT 6;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`review_every_months\` numeric DEFAULT 6;`)
  await db.run(sql`CREATE INDEX \`sessions_reviewed_by_idx\` ON \`sessions\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_sessions_v\` ADD \`version_review_every_months\` numeric DEFAULT 6;`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_reviewed_by_idx\` ON \`_sessions_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_requests_id\` integer REFERENCES review_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`problem_reports_id\` integer REFERENCES problem_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_builds_id\` integer REFERENCES site_builds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_reminders_id\` integer REFERENCES review_reminders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`publish_locks_id\` integer REFERENCES publish_locks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`review_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_problem_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`problem_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publish_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`publish_locks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_requests_decisions\`;`)
  await db.run(sql`DROP TABLE \`review_requests\`;`)
  await db.run(sql`DROP TABLE \`review_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`problem_reports\`;`)
  await db.run(sql`DROP TABLE \`problem_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`site_builds\`;`)
  await db.run(sql`DROP TABLE \`review_reminders\`;`)
  await db.run(sql`DROP TABLE \`publish_locks\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`service_id\` integer,
  	\`hub_id\` integer,
  	\`venue_id\` integer,
  	\`provider_id\` integer,
  	\`freq\` text DEFAULT 'weekly',
  	\`interval\` numeric DEFAULT 1,
  	\`first_date\` text,
  	\`last_date\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`term_time\` text DEFAULT 'all-year',
  	\`runs_on_bank_holidays\` integer DEFAULT false,
  	\`capacity\` numeric,
  	\`booking_notes\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hub_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`provider_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "title", "slug", "service_id", "hub_id", "venue_id", "provider_id", "freq", "interval", "first_date", "last_date", "opens_at", "closes_at", "term_time", "runs_on_bank_holidays", "capacity", "booking_notes", "internal_notes", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "service_id", "hub_id", "venue_id", "provider_id", "freq", "interval", "first_date", "last_date", "opens_at", "closes_at", "term_time", "runs_on_bank_holidays", "capacity", "booking_notes", "internal_notes", "updated_at", "created_at", "_status" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_service_idx\` ON \`sessions\` (\`service_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_hub_idx\` ON \`sessions\` (\`hub_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_venue_idx\` ON \`sessions\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_provider_idx\` ON \`sessions\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions__status_idx\` ON \`sessions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sessions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_service_id\` integer,
  	\`version_hub_id\` integer,
  	\`version_venue_id\` integer,
  	\`version_provider_id\` integer,
  	\`version_freq\` text DEFAULT 'weekly',
  	\`version_interval\` numeric DEFAULT 1,
  	\`version_first_date\` text,
  	\`version_last_date\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_term_time\` text DEFAULT 'all-year',
  	\`version_runs_on_bank_holidays\` integer DEFAULT false,
  	\`version_capacity\` numeric,
  	\`version_booking_notes\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hub_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_provider_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sessions_v\`("id", "parent_id", "version_title", "version_slug", "version_service_id", "version_hub_id", "version_venue_id", "version_provider_id", "version_freq", "version_interval", "version_first_date", "version_last_date", "version_opens_at", "version_closes_at", "version_term_time", "version_runs_on_bank_holidays", "version_capacity", "version_booking_notes", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_service_id", "version_hub_id", "version_venue_id", "version_provider_id", "version_freq", "version_interval", "version_first_date", "version_last_date", "version_opens_at", "version_closes_at", "version_term_time", "version_runs_on_bank_holidays", "version_capacity", "version_booking_notes", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_sessions_v\`;`)
  await db.run(sql`DROP TABLE \`_sessions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sessions_v\` RENAME TO \`_sessions_v\`;`)
  await db.run(sql`CREATE INDEX \`_sessions_v_parent_idx\` ON \`_sessions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_slug_idx\` ON \`_sessions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_service_idx\` ON \`_sessions_v\` (\`version_service_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_hub_idx\` ON \`_sessions_v\` (\`version_hub_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_venue_idx\` ON \`_sessions_v\` (\`version_venue_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_provider_idx\` ON \`_sessions_v\` (\`version_provider_id\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_updated_at_idx\` ON \`_sessions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version_created_at_idx\` ON \`_sessions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_version_version__status_idx\` ON \`_sessions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_created_at_idx\` ON \`_sessions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_updated_at_idx\` ON \`_sessions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sessions_v_latest_idx\` ON \`_sessions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`sessions_id\` integer,
  	\`hubs_id\` integer,
  	\`venues_id\` integer,
  	\`organisations_id\` integer,
  	\`categories_id\` integer,
  	\`calendar_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hubs_id\`) REFERENCES \`hubs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_id\`) REFERENCES \`calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "sessions_id", "hubs_id", "venues_id", "organisations_id", "categories_id", "calendar_id", "articles_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "services_id", "sessions_id", "hubs_id", "venues_id", "organisations_id", "categories_id", "calendar_id", "articles_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hubs_id_idx\` ON \`payload_locked_documents_rels\` (\`hubs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`review_every_months\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_review_every_months\`;`)
}
