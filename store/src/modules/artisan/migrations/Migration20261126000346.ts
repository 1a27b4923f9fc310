import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126000346 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_email_unique";`);
    this.addSql(`alter table if exists "artisan" drop constraint if exists "artisan_handle_unique";`);
    this.addSql(`create table if not exists "artisan" ("id" text not null, "handle" text not null, "name_ja" text not null, "name_en" text not null, "email" text not null, "workshop" text null, "status" text check ("status" in ('active', 'invited', 'suspended')) not null default 'invited', "invite_token_hash" text null, "invite_expires_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artisan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_handle_unique" ON "artisan" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artisan_email_unique" ON "artisan" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artisan_deleted_at" ON "artisan" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "artisan" cascade;`);
  }

}
