import type { RequestContext } from '../shared/request-context';
import { RegistryLoaders } from './child.loaders';

/** A guardian is visible to whoever may see at least one of their children: the same answer as "not found" otherwise. */
export async function guardianVisible(context: RequestContext, guardianId: string): Promise<boolean> {
  const links = await new RegistryLoaders(context).guardianLinksByGuardian.load(guardianId);
  return links.length > 0;
}
