-- CreateTable
CREATE TABLE "LeaderVillage" (
    "id" SERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaderVillage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeaderVillage_villageId_idx" ON "LeaderVillage"("villageId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderVillage_memberId_villageId_key" ON "LeaderVillage"("memberId", "villageId");

-- AddForeignKey
ALTER TABLE "LeaderVillage" ADD CONSTRAINT "LeaderVillage_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderVillage" ADD CONSTRAINT "LeaderVillage_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
