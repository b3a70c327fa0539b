CREATE TYPE "public"."answer_kind" AS ENUM('answer', 'followup');--> statement-breakpoint
CREATE TYPE "public"."expert_status" AS ENUM('pending', 'verified', 'declined', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."profession" AS ENUM('lactation_consultant', 'midwife', 'nurse', 'nutritionist', 'doctor');--> statement-breakpoint
CREATE TYPE "public"."question_status" AS ENUM('open', 'answered');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'question_answered';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'question_followup';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'expert_decision';--> statement-breakpoint
CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"author_id" uuid,
	"kind" "answer_kind" NOT NULL,
	"body" text NOT NULL,
	"suggestions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"profession" "profession" NOT NULL,
	"licence_number" text NOT NULL,
	"workplace" text NOT NULL,
	"languages" text[] NOT NULL,
	"status" "expert_status" DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asker_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"triage_signs" text[] DEFAULT '{}'::text[] NOT NULL,
	"locale" "locale" DEFAULT 'vi' NOT NULL,
	"status" "question_status" DEFAULT 'open' NOT NULL,
	"search_text" text NOT NULL,
	"accepted_answer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"waiting_since" timestamp with time zone DEFAULT now() NOT NULL,
	"first_answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_asker_id_users_id_fk" FOREIGN KEY ("asker_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_question_idx" ON "answers" USING btree ("question_id","created_at");--> statement-breakpoint
CREATE INDEX "expert_profiles_status_idx" ON "expert_profiles" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "questions_queue_idx" ON "questions" USING btree ("urgent" DESC NULLS LAST,"waiting_since") WHERE "questions"."status" = 'open';--> statement-breakpoint
CREATE INDEX "questions_created_idx" ON "questions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "questions_asker_idx" ON "questions" USING btree ("asker_id","created_at");