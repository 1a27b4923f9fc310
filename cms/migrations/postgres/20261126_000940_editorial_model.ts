import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'brand-manager', 'editor');
  CREATE TYPE "public"."enum_crafts_care_care_key" AS ENUM('porcelain-overglaze', 'earthenware-raku', 'urushi', 'gold-leaf', 'silk-dyed', 'silk-embroidered', 'paper-cord', 'paulownia', 'washi');
  CREATE TYPE "public"."enum_pages_blocks_product_rail_source" AS ENUM('collection', 'handles');
  CREATE TYPE "public"."enum_pages_blocks_product_rail_collection" AS ENUM('kutani', 'ohi', 'lacquer', 'gold-leaf', 'kaga-yuzen', 'kaga-embroidery', 'mizuhiki', 'kiri', 'futamata-washi');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_blocks_product_rail_source" AS ENUM('collection', 'handles');
  CREATE TYPE "public"."enum__pages_v_blocks_product_rail_collection" AS ENUM('kutani', 'ohi', 'lacquer', 'gold-leaf', 'kaga-yuzen', 'kaga-embroidery', 'mizuhiki', 'kiri', 'futamata-washi');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "crafts_technique_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer
  );
  
  CREATE TABLE "crafts_technique_steps_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "crafts_care" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"care_key" "enum_crafts_care_care_key" NOT NULL
  );
  
  CREATE TABLE "crafts_care_locales" (
  	"material" varchar NOT NULL,
  	"instructions" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "crafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"hero_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "crafts_locales" (
  	"name" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"history" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"cta_href" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_locales" (
  	"heading" varchar,
  	"subheading" varchar,
  	"cta_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_featured_story" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_featured_story_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_featured_craft" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"craft_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_featured_craft_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_product_rail" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_pages_blocks_product_rail_source" DEFAULT 'collection',
  	"collection" "enum_pages_blocks_product_rail_collection",
  	"limit" numeric DEFAULT 8,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_product_rail_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_visit_gallery_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "pages_blocks_visit_gallery_hours_locales" (
  	"days" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_visit_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"map_latitude" numeric,
  	"map_longitude" numeric,
  	"map_url" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_visit_gallery_locales" (
  	"heading" varchar,
  	"address" varchar,
  	"note" varchar,
  	"access" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"cta_href" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_locales" (
  	"heading" varchar,
  	"subheading" varchar,
  	"cta_label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_featured_story" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_featured_story_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_featured_craft" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"craft_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_featured_craft_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_product_rail" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__pages_v_blocks_product_rail_source" DEFAULT 'collection',
  	"collection" "enum__pages_v_blocks_product_rail_collection",
  	"limit" numeric DEFAULT 8,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_product_rail_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_visit_gallery_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_visit_gallery_hours_locales" (
  	"days" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_visit_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"map_latitude" numeric,
  	"map_longitude" numeric,
  	"map_url" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_visit_gallery_locales" (
  	"heading" varchar,
  	"address" varchar,
  	"note" varchar,
  	"access" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer,
  	"pages_id" integer
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"priority" numeric,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "header_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "header_nav_items_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer_columns_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "footer_columns_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "footer_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "footer_columns_locales" (
  	"heading" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer_locales" (
  	"address" varchar,
  	"copyright" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "announcement" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"enabled" boolean DEFAULT false,
  	"href" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "announcement_locales" (
  	"message" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "stories" RENAME COLUMN "hero_image_id" TO "cover_id";
  ALTER TABLE "_stories_v" RENAME COLUMN "version_hero_image_id" TO "version_cover_id";
  ALTER TABLE "stories" DROP CONSTRAINT "stories_hero_image_id_media_id_fk";
  
  ALTER TABLE "_stories_v" DROP CONSTRAINT "_stories_v_version_hero_image_id_media_id_fk";
  
  DROP INDEX "stories_hero_image_idx";
  DROP INDEX "_stories_v_version_version_hero_image_idx";
  ALTER TABLE "users" ADD COLUMN "role" "enum_users_role" DEFAULT 'editor' NOT NULL;
  ALTER TABLE "media" ADD COLUMN "sizes_og_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_og_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_og_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_og_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_og_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_og_filename" varchar;
  ALTER TABLE "artisans" ADD COLUMN "workshop_latitude" numeric;
  ALTER TABLE "artisans" ADD COLUMN "workshop_longitude" numeric;
  ALTER TABLE "artisans" ADD COLUMN "workshop_visits_by_appointment" boolean DEFAULT false;
  ALTER TABLE "artisans" ADD COLUMN "years_active_since" numeric;
  ALTER TABLE "artisans" ADD COLUMN "years_active_until" numeric;
  ALTER TABLE "artisans_locales" ADD COLUMN "quote" varchar;
  ALTER TABLE "artisans_locales" ADD COLUMN "workshop_name" varchar;
  ALTER TABLE "artisans_locales" ADD COLUMN "workshop_address" varchar;
  ALTER TABLE "artisans_locales" ADD COLUMN "lineage_teacher" varchar;
  ALTER TABLE "artisans_locales" ADD COLUMN "lineage_description" varchar;
  ALTER TABLE "stories" ADD COLUMN "craft_id" integer;
  ALTER TABLE "stories_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "stories_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "stories_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_stories_v" ADD COLUMN "version_craft_id" integer;
  ALTER TABLE "_stories_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_stories_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_stories_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_stories_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "crafts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_id" integer;
  ALTER TABLE "crafts_technique_steps" ADD CONSTRAINT "crafts_technique_steps_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "crafts_technique_steps" ADD CONSTRAINT "crafts_technique_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crafts_technique_steps_locales" ADD CONSTRAINT "crafts_technique_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crafts_technique_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crafts_care" ADD CONSTRAINT "crafts_care_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crafts_care_locales" ADD CONSTRAINT "crafts_care_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crafts_care"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "crafts" ADD CONSTRAINT "crafts_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "crafts_locales" ADD CONSTRAINT "crafts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_locales" ADD CONSTRAINT "pages_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_story" ADD CONSTRAINT "pages_blocks_featured_story_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_story" ADD CONSTRAINT "pages_blocks_featured_story_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_story_locales" ADD CONSTRAINT "pages_blocks_featured_story_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_featured_story"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_craft" ADD CONSTRAINT "pages_blocks_featured_craft_craft_id_crafts_id_fk" FOREIGN KEY ("craft_id") REFERENCES "public"."crafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_craft" ADD CONSTRAINT "pages_blocks_featured_craft_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_craft_locales" ADD CONSTRAINT "pages_blocks_featured_craft_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_featured_craft"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_product_rail" ADD CONSTRAINT "pages_blocks_product_rail_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_product_rail_locales" ADD CONSTRAINT "pages_blocks_product_rail_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_product_rail"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_visit_gallery_hours" ADD CONSTRAINT "pages_blocks_visit_gallery_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_visit_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_visit_gallery_hours_locales" ADD CONSTRAINT "pages_blocks_visit_gallery_hours_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_visit_gallery_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_visit_gallery" ADD CONSTRAINT "pages_blocks_visit_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_visit_gallery_locales" ADD CONSTRAINT "pages_blocks_visit_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_visit_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_texts" ADD CONSTRAINT "pages_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_locales" ADD CONSTRAINT "_pages_v_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_story" ADD CONSTRAINT "_pages_v_blocks_featured_story_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_story" ADD CONSTRAINT "_pages_v_blocks_featured_story_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_story_locales" ADD CONSTRAINT "_pages_v_blocks_featured_story_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_featured_story"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_craft" ADD CONSTRAINT "_pages_v_blocks_featured_craft_craft_id_crafts_id_fk" FOREIGN KEY ("craft_id") REFERENCES "public"."crafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_craft" ADD CONSTRAINT "_pages_v_blocks_featured_craft_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_craft_locales" ADD CONSTRAINT "_pages_v_blocks_featured_craft_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_featured_craft"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_product_rail" ADD CONSTRAINT "_pages_v_blocks_product_rail_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_product_rail_locales" ADD CONSTRAINT "_pages_v_blocks_product_rail_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_product_rail"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_visit_gallery_hours" ADD CONSTRAINT "_pages_v_blocks_visit_gallery_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_visit_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_visit_gallery_hours_locales" ADD CONSTRAINT "_pages_v_blocks_visit_gallery_hours_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_visit_gallery_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_visit_gallery" ADD CONSTRAINT "_pages_v_blocks_visit_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_visit_gallery_locales" ADD CONSTRAINT "_pages_v_blocks_visit_gallery_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_visit_gallery"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_texts" ADD CONSTRAINT "_pages_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_locales" ADD CONSTRAINT "search_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_nav_items" ADD CONSTRAINT "header_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_nav_items_locales" ADD CONSTRAINT "header_nav_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header_nav_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_columns_links" ADD CONSTRAINT "footer_columns_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer_columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_columns_links_locales" ADD CONSTRAINT "footer_columns_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer_columns_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_columns" ADD CONSTRAINT "footer_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_columns_locales" ADD CONSTRAINT "footer_columns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer_columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_locales" ADD CONSTRAINT "footer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcement_locales" ADD CONSTRAINT "announcement_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcement"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "crafts_technique_steps_order_idx" ON "crafts_technique_steps" USING btree ("_order");
  CREATE INDEX "crafts_technique_steps_parent_id_idx" ON "crafts_technique_steps" USING btree ("_parent_id");
  CREATE INDEX "crafts_technique_steps_image_idx" ON "crafts_technique_steps" USING btree ("image_id");
  CREATE UNIQUE INDEX "crafts_technique_steps_locales_locale_parent_id_unique" ON "crafts_technique_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "crafts_care_order_idx" ON "crafts_care" USING btree ("_order");
  CREATE INDEX "crafts_care_parent_id_idx" ON "crafts_care" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "crafts_care_locales_locale_parent_id_unique" ON "crafts_care_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "crafts_slug_idx" ON "crafts" USING btree ("slug");
  CREATE INDEX "crafts_hero_image_idx" ON "crafts" USING btree ("hero_image_id");
  CREATE INDEX "crafts_updated_at_idx" ON "crafts" USING btree ("updated_at");
  CREATE INDEX "crafts_created_at_idx" ON "crafts" USING btree ("created_at");
  CREATE UNIQUE INDEX "crafts_locales_locale_parent_id_unique" ON "crafts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_locales_locale_parent_id_unique" ON "pages_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_featured_story_order_idx" ON "pages_blocks_featured_story" USING btree ("_order");
  CREATE INDEX "pages_blocks_featured_story_parent_id_idx" ON "pages_blocks_featured_story" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_story_path_idx" ON "pages_blocks_featured_story" USING btree ("_path");
  CREATE INDEX "pages_blocks_featured_story_story_idx" ON "pages_blocks_featured_story" USING btree ("story_id");
  CREATE UNIQUE INDEX "pages_blocks_featured_story_locales_locale_parent_id_unique" ON "pages_blocks_featured_story_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_featured_craft_order_idx" ON "pages_blocks_featured_craft" USING btree ("_order");
  CREATE INDEX "pages_blocks_featured_craft_parent_id_idx" ON "pages_blocks_featured_craft" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_craft_path_idx" ON "pages_blocks_featured_craft" USING btree ("_path");
  CREATE INDEX "pages_blocks_featured_craft_craft_idx" ON "pages_blocks_featured_craft" USING btree ("craft_id");
  CREATE UNIQUE INDEX "pages_blocks_featured_craft_locales_locale_parent_id_unique" ON "pages_blocks_featured_craft_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_product_rail_order_idx" ON "pages_blocks_product_rail" USING btree ("_order");
  CREATE INDEX "pages_blocks_product_rail_parent_id_idx" ON "pages_blocks_product_rail" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_product_rail_path_idx" ON "pages_blocks_product_rail" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_product_rail_locales_locale_parent_id_unique" ON "pages_blocks_product_rail_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_visit_gallery_hours_order_idx" ON "pages_blocks_visit_gallery_hours" USING btree ("_order");
  CREATE INDEX "pages_blocks_visit_gallery_hours_parent_id_idx" ON "pages_blocks_visit_gallery_hours" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_visit_gallery_hours_locales_locale_parent_id_un" ON "pages_blocks_visit_gallery_hours_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_visit_gallery_order_idx" ON "pages_blocks_visit_gallery" USING btree ("_order");
  CREATE INDEX "pages_blocks_visit_gallery_parent_id_idx" ON "pages_blocks_visit_gallery" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_visit_gallery_path_idx" ON "pages_blocks_visit_gallery" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_visit_gallery_locales_locale_parent_id_unique" ON "pages_blocks_visit_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_texts_order_parent" ON "pages_texts" USING btree ("order","parent_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_story_order_idx" ON "_pages_v_blocks_featured_story" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_featured_story_parent_id_idx" ON "_pages_v_blocks_featured_story" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_story_path_idx" ON "_pages_v_blocks_featured_story" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_featured_story_story_idx" ON "_pages_v_blocks_featured_story" USING btree ("story_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_featured_story_locales_locale_parent_id_uniq" ON "_pages_v_blocks_featured_story_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_craft_order_idx" ON "_pages_v_blocks_featured_craft" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_featured_craft_parent_id_idx" ON "_pages_v_blocks_featured_craft" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_craft_path_idx" ON "_pages_v_blocks_featured_craft" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_featured_craft_craft_idx" ON "_pages_v_blocks_featured_craft" USING btree ("craft_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_featured_craft_locales_locale_parent_id_uniq" ON "_pages_v_blocks_featured_craft_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_product_rail_order_idx" ON "_pages_v_blocks_product_rail" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_product_rail_parent_id_idx" ON "_pages_v_blocks_product_rail" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_product_rail_path_idx" ON "_pages_v_blocks_product_rail" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_product_rail_locales_locale_parent_id_unique" ON "_pages_v_blocks_product_rail_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_visit_gallery_hours_order_idx" ON "_pages_v_blocks_visit_gallery_hours" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_visit_gallery_hours_parent_id_idx" ON "_pages_v_blocks_visit_gallery_hours" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_visit_gallery_hours_locales_locale_parent_id" ON "_pages_v_blocks_visit_gallery_hours_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_visit_gallery_order_idx" ON "_pages_v_blocks_visit_gallery" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_visit_gallery_parent_id_idx" ON "_pages_v_blocks_visit_gallery" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_visit_gallery_path_idx" ON "_pages_v_blocks_visit_gallery" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_visit_gallery_locales_locale_parent_id_uniqu" ON "_pages_v_blocks_visit_gallery_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_texts_order_parent" ON "_pages_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_stories_id_idx" ON "redirects_rels" USING btree ("stories_id");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  CREATE INDEX "search_slug_idx" ON "search" USING btree ("slug");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE UNIQUE INDEX "search_locales_locale_parent_id_unique" ON "search_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_stories_id_idx" ON "search_rels" USING btree ("stories_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "header_nav_items_order_idx" ON "header_nav_items" USING btree ("_order");
  CREATE INDEX "header_nav_items_parent_id_idx" ON "header_nav_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "header_nav_items_locales_locale_parent_id_unique" ON "header_nav_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "footer_columns_links_order_idx" ON "footer_columns_links" USING btree ("_order");
  CREATE INDEX "footer_columns_links_parent_id_idx" ON "footer_columns_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "footer_columns_links_locales_locale_parent_id_unique" ON "footer_columns_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "footer_columns_order_idx" ON "footer_columns" USING btree ("_order");
  CREATE INDEX "footer_columns_parent_id_idx" ON "footer_columns" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "footer_columns_locales_locale_parent_id_unique" ON "footer_columns_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "footer_locales_locale_parent_id_unique" ON "footer_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "announcement_locales_locale_parent_id_unique" ON "announcement_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "stories" ADD CONSTRAINT "stories_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_craft_id_crafts_id_fk" FOREIGN KEY ("craft_id") REFERENCES "public"."crafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_craft_id_crafts_id_fk" FOREIGN KEY ("version_craft_id") REFERENCES "public"."crafts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_crafts_fk" FOREIGN KEY ("crafts_id") REFERENCES "public"."crafts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "stories_cover_idx" ON "stories" USING btree ("cover_id");
  CREATE INDEX "stories_craft_idx" ON "stories" USING btree ("craft_id");
  CREATE INDEX "stories_meta_meta_image_idx" ON "stories_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_stories_v_version_version_cover_idx" ON "_stories_v" USING btree ("version_cover_id");
  CREATE INDEX "_stories_v_version_version_craft_idx" ON "_stories_v" USING btree ("version_craft_id");
  CREATE INDEX "_stories_v_autosave_idx" ON "_stories_v" USING btree ("autosave");
  CREATE INDEX "_stories_v_version_meta_version_meta_image_idx" ON "_stories_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "payload_locked_documents_rels_crafts_id_idx" ON "payload_locked_documents_rels" USING btree ("crafts_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "crafts_technique_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crafts_technique_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crafts_care" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crafts_care_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crafts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crafts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_featured_story" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_featured_story_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_featured_craft" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_featured_craft_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_product_rail" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_product_rail_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_visit_gallery_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_visit_gallery_hours_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_visit_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_visit_gallery_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_featured_story" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_featured_story_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_featured_craft" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_featured_craft_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_product_rail" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_product_rail_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_visit_gallery_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_visit_gallery_hours_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_visit_gallery" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_visit_gallery_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_nav_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_nav_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_columns_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_columns_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_columns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "crafts_technique_steps" CASCADE;
  DROP TABLE "crafts_technique_steps_locales" CASCADE;
  DROP TABLE "crafts_care" CASCADE;
  DROP TABLE "crafts_care_locales" CASCADE;
  DROP TABLE "crafts" CASCADE;
  DROP TABLE "crafts_locales" CASCADE;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_hero_locales" CASCADE;
  DROP TABLE "pages_blocks_featured_story" CASCADE;
  DROP TABLE "pages_blocks_featured_story_locales" CASCADE;
  DROP TABLE "pages_blocks_featured_craft" CASCADE;
  DROP TABLE "pages_blocks_featured_craft_locales" CASCADE;
  DROP TABLE "pages_blocks_product_rail" CASCADE;
  DROP TABLE "pages_blocks_product_rail_locales" CASCADE;
  DROP TABLE "pages_blocks_visit_gallery_hours" CASCADE;
  DROP TABLE "pages_blocks_visit_gallery_hours_locales" CASCADE;
  DROP TABLE "pages_blocks_visit_gallery" CASCADE;
  DROP TABLE "pages_blocks_visit_gallery_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_texts" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_story" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_story_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_craft" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_craft_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_product_rail" CASCADE;
  DROP TABLE "_pages_v_blocks_product_rail_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_visit_gallery_hours" CASCADE;
  DROP TABLE "_pages_v_blocks_visit_gallery_hours_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_visit_gallery" CASCADE;
  DROP TABLE "_pages_v_blocks_visit_gallery_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_texts" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_locales" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "header_nav_items" CASCADE;
  DROP TABLE "header_nav_items_locales" CASCADE;
  DROP TABLE "header" CASCADE;
  DROP TABLE "footer_columns_links" CASCADE;
  DROP TABLE "footer_columns_links_locales" CASCADE;
  DROP TABLE "footer_columns" CASCADE;
  DROP TABLE "footer_columns_locales" CASCADE;
  DROP TABLE "footer" CASCADE;
  DROP TABLE "footer_locales" CASCADE;
  DROP TABLE "announcement" CASCADE;
  DROP TABLE "announcement_locales" CASCADE;
  ALTER TABLE "stories" RENAME COLUMN "cover_id" TO "hero_image_id";
  ALTER TABLE "_stories_v" RENAME COLUMN "version_cover_id" TO "version_hero_image_id";
  ALTER TABLE "stories" DROP CONSTRAINT "stories_cover_id_media_id_fk";
  
  ALTER TABLE "stories" DROP CONSTRAINT "stories_craft_id_crafts_id_fk";
  
  ALTER TABLE "stories_locales" DROP CONSTRAINT "stories_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_stories_v" DROP CONSTRAINT "_stories_v_version_cover_id_media_id_fk";
  
  ALTER TABLE "_stories_v" DROP CONSTRAINT "_stories_v_version_craft_id_crafts_id_fk";
  
  ALTER TABLE "_stories_v_locales" DROP CONSTRAINT "_stories_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_crafts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_fk";
  
  DROP INDEX "media_sizes_og_sizes_og_filename_idx";
  DROP INDEX "stories_cover_idx";
  DROP INDEX "stories_craft_idx";
  DROP INDEX "stories_meta_meta_image_idx";
  DROP INDEX "_stories_v_version_version_cover_idx";
  DROP INDEX "_stories_v_version_version_craft_idx";
  DROP INDEX "_stories_v_autosave_idx";
  DROP INDEX "_stories_v_version_meta_version_meta_image_idx";
  DROP INDEX "payload_locked_documents_rels_crafts_id_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_id_idx";
  ALTER TABLE "stories" ADD CONSTRAINT "stories_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "stories_hero_image_idx" ON "stories" USING btree ("hero_image_id");
  CREATE INDEX "_stories_v_version_version_hero_image_idx" ON "_stories_v" USING btree ("version_hero_image_id");
  ALTER TABLE "users" DROP COLUMN "role";
  ALTER TABLE "media" DROP COLUMN "sizes_og_url";
  ALTER TABLE "media" DROP COLUMN "sizes_og_width";
  ALTER TABLE "media" DROP COLUMN "sizes_og_height";
  ALTER TABLE "media" DROP COLUMN "sizes_og_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_og_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_og_filename";
  ALTER TABLE "artisans" DROP COLUMN "workshop_latitude";
  ALTER TABLE "artisans" DROP COLUMN "workshop_longitude";
  ALTER TABLE "artisans" DROP COLUMN "workshop_visits_by_appointment";
  ALTER TABLE "artisans" DROP COLUMN "years_active_since";
  ALTER TABLE "artisans" DROP COLUMN "years_active_until";
  ALTER TABLE "artisans_locales" DROP COLUMN "quote";
  ALTER TABLE "artisans_locales" DROP COLUMN "workshop_name";
  ALTER TABLE "artisans_locales" DROP COLUMN "workshop_address";
  ALTER TABLE "artisans_locales" DROP COLUMN "lineage_teacher";
  ALTER TABLE "artisans_locales" DROP COLUMN "lineage_description";
  ALTER TABLE "stories" DROP COLUMN "craft_id";
  ALTER TABLE "stories_locales" DROP COLUMN "meta_title";
  ALTER TABLE "stories_locales" DROP COLUMN "meta_description";
  ALTER TABLE "stories_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_stories_v" DROP COLUMN "version_craft_id";
  ALTER TABLE "_stories_v" DROP COLUMN "autosave";
  ALTER TABLE "_stories_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_stories_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_stories_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "crafts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_id";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_crafts_care_care_key";
  DROP TYPE "public"."enum_pages_blocks_product_rail_source";
  DROP TYPE "public"."enum_pages_blocks_product_rail_collection";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_blocks_product_rail_source";
  DROP TYPE "public"."enum__pages_v_blocks_product_rail_collection";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
