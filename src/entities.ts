import { StaffAccount } from './identity/staff-account.entity';

/** Every MikroORM entity; the ORM, the migrations and the tests all take this one list. */
export const entities = [StaffAccount];
