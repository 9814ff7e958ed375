import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DEFAULT_WORKSPACE_SLUG, WorkspacesService } from '@journey-atlas/api/workspaces';

export interface WorkspaceRef {
  id: string;
  slug: string;
}

/** `?workspace=slug`, or the default workspace; 404 naming an unknown one. */
@Injectable()
export class WorkspaceLookupService {
  private readonly ids = new Map<string, string>();

  constructor(private readonly workspaces: WorkspacesService) {}

  /** `slug` is typed loosely on purpose: a repeated query parameter arrives as an array. */
  async resolve(slug: unknown): Promise<WorkspaceRef> {
    if (slug !== undefined && typeof slug !== 'string') {
      throw new BadRequestException('Give the workspace query parameter at most once');
    }
    const wanted = slug || DEFAULT_WORKSPACE_SLUG;
    const known = this.ids.get(wanted);
    if (known) return { id: known, slug: wanted };
    const workspace = await this.workspaces.findBySlug(wanted);
    if (!workspace) throw new NotFoundException(`Workspace "${wanted}" does not exist`);
    this.ids.set(wanted, workspace.id);
    return { id: workspace.id, slug: wanted };
  }
}
