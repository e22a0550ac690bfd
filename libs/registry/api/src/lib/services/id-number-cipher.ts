import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { AppConfig } from '@xiangzhi/server/core';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encryption at rest of ID numbers and phones: AES-256-GCM with ID_ENCRYPTION_KEY (stored as iv ‖ tag ‖ ciphertext),
 * and an HMAC-SHA256 with ID_HASH_KEY of the normalized ID number for lookup and uniqueness.
 */
@Injectable()
export class IdNumberCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(config: AppConfig) {
    this.encryptionKey = Buffer.from(config.values.ID_ENCRYPTION_KEY, 'hex');
    this.hashKey = Buffer.from(config.values.ID_HASH_KEY, 'hex');
  }

  /** For tools without Nest (demo and synthetic data): the same cipher from the two hex keys. */
  static fromKeys(encryptionKeyHex: string, hashKeyHex: string): IdNumberCipher {
    return new IdNumberCipher({
      values: { ID_ENCRYPTION_KEY: encryptionKeyHex, ID_HASH_KEY: hashKeyHex },
    } as unknown as AppConfig);
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(stored: Buffer): string {
    const iv = stored.subarray(0, IV_BYTES);
    const tag = stored.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(stored.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Keyed hash (hex) of a normalized ID number. */
  hash(normalizedIdNumber: string): string {
    return createHmac('sha256', this.hashKey).update(normalizedIdNumber, 'utf8').digest('hex');
  }
}
