-- Sign-in limits per (account, address) pair and per account with growing
-- delays: a bucket remembers its last event, and a session remembers (as a
-- keyed hash) the address it was opened from, so that an address the owner
-- signed in from before is recognised.

-- AlterTable
ALTER TABLE "RateLimitBucket" ADD COLUMN "lastHitAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN "addressHash" TEXT;

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");
