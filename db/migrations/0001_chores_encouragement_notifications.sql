CREATE TYPE "public"."chore_category" AS ENUM('meals', 'water_snacks', 'baby_care', 'night_shift', 'laundry', 'cleaning', 'errands', 'visit', 'other');--> statement-breakpoint
CREATE TYPE "public"."chore_status" AS ENUM('open', 'claimed', 'done');--> statement-breakpoint
CREATE TYPE "public"."reaction" AS ENUM('heart', 'hug', 'thanks', 'strong');--> statement-breakpoint
CREATE TYPE "public"."support_kind" AS ENUM('rest', 'food', 'hold_baby', 'company', 'ride', 'other');--> statement-breakpoint
CREATE TYPE "public"."support_status" AS ENUM('open', 'answered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('chore_created', 'chore_claimed', 'chore_done', 'chore_lapsed', 'encouragement', 'support_requested', 'support_answered', 'member_joined');--> statement-breakpoint
CREATE TABLE "chores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" "chore_category" NOT NULL,
	"notes" text,
	"due_at" timestamp with time zone,
	"recurrence" jsonb,
	"effort" integer DEFAULT 1 NOT NULL,
	"visit_minutes" integer,
	"rest_minutes" integer DEFAULT 0 NOT NULL,
	"template_key" text,
	"status" "chore_status" DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"lapsed_at" timestamp with time zone,
	"previous_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chores_effort_range" CHECK ("chores"."effort" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "encouragement_reactions" (
	"encouragement_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reaction" "reaction" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "encouragement_reactions_encouragement_id_user_id_reaction_pk" PRIMARY KEY("encouragement_id","user_id","reaction")
);
--> statement-breakpoint
CREATE TABLE "encouragements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"author_id" uuid,
	"message" text NOT NULL,
	"pledge_chore_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"kind" "support_kind" NOT NULL,
	"note" text,
	"status" "support_status" DEFAULT 'open' NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"circle_id" uuid,
	"kind" "notification_kind" NOT NULL,
	"actor_id" uuid,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deliver_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "resting_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "time_zone" text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL;--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "quiet_hours_start" text DEFAULT '21:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "circles" ADD COLUMN "quiet_hours_end" text DEFAULT '08:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "chores" ADD CONSTRAINT "chores_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chores" ADD CONSTRAINT "chores_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chores" ADD CONSTRAINT "chores_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chores" ADD CONSTRAINT "chores_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encouragement_reactions" ADD CONSTRAINT "encouragement_reactions_encouragement_id_encouragements_id_fk" FOREIGN KEY ("encouragement_id") REFERENCES "public"."encouragements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encouragement_reactions" ADD CONSTRAINT "encouragement_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encouragements" ADD CONSTRAINT "encouragements_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encouragements" ADD CONSTRAINT "encouragements_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encouragements" ADD CONSTRAINT "encouragements_pledge_chore_id_chores_id_fk" FOREIGN KEY ("pledge_chore_id") REFERENCES "public"."chores"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chores_circle_updated_idx" ON "chores" USING btree ("circle_id","updated_at");--> statement-breakpoint
CREATE INDEX "chores_circle_due_idx" ON "chores" USING btree ("circle_id","due_at");--> statement-breakpoint
CREATE INDEX "chores_claimed_due_idx" ON "chores" USING btree ("due_at") WHERE "chores"."status" = 'claimed';--> statement-breakpoint
CREATE INDEX "encouragements_circle_created_idx" ON "encouragements" USING btree ("circle_id","created_at");--> statement-breakpoint
CREATE INDEX "support_requests_circle_created_idx" ON "support_requests" USING btree ("circle_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_deliver_idx" ON "notifications" USING btree ("user_id","deliver_at");--> statement-breakpoint
CREATE INDEX "notifications_pending_idx" ON "notifications" USING btree ("deliver_at") WHERE "notifications"."delivered_at" is null;