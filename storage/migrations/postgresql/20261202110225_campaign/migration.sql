-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "villageId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "categories" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "remoteCounts" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_villageId_dueOn_idx" ON "Campaign"("villageId", "dueOn");
