import type { UserEntity } from './entities/user.entity';
import { UserModel } from './models/user.model';
import { maskPhone } from './user-rules';

/** The API view of a user row: phone masked, a lock shown only while it holds. */
export function toUserModel(user: UserEntity, now: Date = new Date()): UserModel {
  const model = new UserModel();
  model.id = user.id;
  model.username = user.username;
  model.displayName = user.displayName;
  model.role = user.role;
  model.regionCode = user.regionCode;
  model.gridCodes = [...(user.gridCodes ?? [])];
  model.phoneMasked = maskPhone(user.phone);
  model.active = user.active;
  model.lockedUntil = user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
  model.createdAt = user.createdAt;
  return model;
}
