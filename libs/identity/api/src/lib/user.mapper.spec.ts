import { Role } from '@xiangzhi/server/core';
import type { UserEntity } from './entities/user.entity';
import { toUserModel } from './user.mapper';

const row = (over: Partial<UserEntity> = {}): UserEntity =>
  ({
    id: '8b0d3c8e-7c55-4d6b-9a40-1d7c1e8a0001',
    username: 'wangli',
    displayName: '王丽',
    passwordHash: '$argon2id$secret',
    role: Role.VILLAGE_ADMIN,
    regionCode: '150121100001',
    countyCode: '150121000000',
    gridCodes: [],
    phone: '13812345678',
    active: true,
    failedLogins: 2,
    lockedUntil: null,
    passwordChangedAt: new Date('2025-01-01T00:00:00Z'),
    createdAt: new Date('2025-01-01T00:00:00Z'),
    updatedAt: new Date('2025-01-01T00:00:00Z'),
    createdBy: null,
    ...over,
  }) as UserEntity;

describe('toUserModel', () => {
  const now = new Date('2025-06-01T00:00:00Z');

  it('masks the phone and carries no secret', () => {
    const model = toUserModel(row(), now);
    expect(model.phoneMasked).toBe('138****5678');
    expect(JSON.stringify(model)).not.toContain('13812345678');
    expect(JSON.stringify(model)).not.toContain('argon2');
    expect(Object.keys(model)).not.toContain('failedLogins');
  });

  it('shows a lock only while it holds', () => {
    const later = new Date('2025-06-01T00:10:00Z');
    expect(toUserModel(row({ lockedUntil: later }), now).lockedUntil).toEqual(later);
    expect(toUserModel(row({ lockedUntil: new Date('2025-05-31T00:00:00Z') }), now).lockedUntil).toBeNull();
  });
});
