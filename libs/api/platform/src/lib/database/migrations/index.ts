import { CreateWorkspaces1764000000000 } from './1764000000000-create-workspaces';

/** Every migration, in order. Listed as classes because the API is bundled (no globs). */
export const MIGRATIONS = [CreateWorkspaces1764000000000];
