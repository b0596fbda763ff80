-- CreateTable
CREATE TABLE "HintGiven" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HintGiven_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HintGiven_key_key" ON "HintGiven"("key");
