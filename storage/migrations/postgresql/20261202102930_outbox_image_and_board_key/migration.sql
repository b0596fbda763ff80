-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "imageAlt" TEXT,
ADD COLUMN     "imagePng" BYTEA;

-- CreateTable
CREATE TABLE "BoardKey" (
    "id" INTEGER NOT NULL,
    "secret" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardKey_pkey" PRIMARY KEY ("id")
);
