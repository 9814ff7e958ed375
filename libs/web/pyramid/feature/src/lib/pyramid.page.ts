import { NgTemplateOutlet } from '@angular/common';
import { HttpParams } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import type {
  GoalKindName,
  GoalNodeLevel,
  GoalNodeStatus,
  GoalTreeNodeDto,
} from '@journey-atlas/shared/domain';
import {
  CHANNEL_CHOICES,
  GOAL_KIND_CHOICES,
  GOAL_KIND_LABELS,
  LEVEL_LABELS,
  METRIC_CHOICES,
  type NodeDraft,
  PyramidStore,
  childLevel,
  createBody,
  draftFields,
  draftFromNode,
  emptyDraft,
  pyramidCsv,
  pyramidRows,
  scopeText,
  subtreeSize,
  targetHint,
  targetInPercent,
} from '@journey-atlas/web/pyramid/data-access';
import { FilterState, readyData } from '@journey-atlas/web/shared/data-access';
import { downloadText } from './download';
import { STATUS_LABELS, actualText, periodText, targetText, trendText } from './pyramid-format';

interface FormState {
  mode: 'create' | 'edit';
  /** The node the form sits under (its parent when creating, itself when editing); null: top. */
  anchor: string | null;
  nodeId: string | null;
}

/**
 * Metrics pyramid: goals -> strategic -> operational -> team metrics as a tree, each with
 * its actual value vs target, status and limit warnings; nodes are created, edited and
 * deleted in place. The period is `from` / `to` in the URL (default: the API's last 30 days).
 */
@Component({
  selector: 'ja-pyramid-page',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen ja-list' },
  templateUrl: './pyramid.page.html',
  styleUrl: './pyramid.page.css',
})
export class PyramidPage {
  protected readonly filters = inject(FilterState);
  private readonly store = inject(PyramidStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly state = this.store.state;
  protected readonly tree = computed(() => readyData(this.state()));
  protected readonly rows = computed(() => pyramidRows(this.tree()?.goals ?? []));
  protected readonly limitWarnings = computed(() =>
    (this.tree()?.warnings ?? []).filter((warning) => warning.severity === 'warning'),
  );
  protected readonly form = signal<FormState | null>(null);
  protected readonly draft = signal<NodeDraft>(emptyDraft('goal', null));
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly levelLabels = LEVEL_LABELS;
  protected readonly goalKindLabels = GOAL_KIND_LABELS;
  protected readonly goalKinds = GOAL_KIND_CHOICES;
  protected readonly metricChoices = METRIC_CHOICES;
  protected readonly channelChoices = CHANNEL_CHOICES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly childLevel = childLevel;
  protected readonly scopeText = scopeText;
  protected readonly subtreeSize = subtreeSize;
  protected readonly actualText = actualText;
  protected readonly targetText = targetText;
  protected readonly trendText = trendText;
  protected readonly targetHint = targetHint;
  protected readonly targetInPercent = targetInPercent;
  protected readonly periodText = periodText;

  constructor() {
    effect(() => {
      const from = this.filters.from();
      const to = this.filters.to();
      let params = new HttpParams();
      if (from) params = params.set('from', from);
      if (to) params = params.set('to', to);
      untracked(() => this.store.load(params));
    });
  }

  protected reload(): void {
    this.store.load();
  }

  protected setPeriod(field: 'from' | 'to', value: string): void {
    void this.filters.update({ [field]: value === '' ? null : value });
  }

  protected startCreate(level: GoalNodeLevel, parent: GoalTreeNodeDto | null): void {
    const draft = emptyDraft(level, parent?.id ?? null);
    // Children start with the parent's scope, the usual case for a drill-down.
    if (parent && parent.level !== 'goal') {
      draft.team = parent.team ?? '';
      draft.agent = parent.agent ?? '';
      draft.channel = parent.channel ?? '';
      draft.intent = parent.intent ?? '';
    }
    this.open({ mode: 'create', anchor: parent?.id ?? null, nodeId: null }, draft);
  }

  protected startEdit(node: GoalTreeNodeDto): void {
    this.open({ mode: 'edit', anchor: node.id, nodeId: node.id }, draftFromNode(node));
  }

  private open(form: FormState, draft: NodeDraft): void {
    this.form.set(form);
    this.draft.set(draft);
    this.formError.set(null);
    this.confirming.set(null);
    // Keyboard users land in the form that just opened.
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>('.node-form input, .node-form select')
        ?.focus(),
    );
  }

  protected cancel(): void {
    this.form.set(null);
    this.formError.set(null);
  }

  protected set<K extends keyof NodeDraft>(field: K, value: NodeDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
  }

  protected formTitle(): string {
    const form = this.form();
    const level = this.levelLabels[this.draft().level].toLowerCase();
    return form?.mode === 'edit' ? `Edit ${level}` : `Add a ${level}`;
  }

  protected async save(): Promise<void> {
    const form = this.form();
    if (!form || this.saving()) return;
    this.saving.set(true);
    this.formError.set(null);
    const draft = this.draft();
    const result =
      form.mode === 'create'
        ? await this.store.create(createBody(draft))
        : await this.store.update(form.nodeId as string, draftFields(draft));
    this.saving.set(false);
    if (result.ok) this.form.set(null);
    else this.formError.set(result.message);
  }

  protected askDelete(node: GoalTreeNodeDto): void {
    this.actionError.set(null);
    this.confirming.set(node.id);
  }

  protected async confirmDelete(node: GoalTreeNodeDto): Promise<void> {
    const result = await this.store.remove(node.id);
    this.confirming.set(null);
    if (!result.ok) this.actionError.set(`“${node.label}” could not be deleted: ${result.message}`);
    if (this.form()?.anchor === node.id) this.form.set(null);
  }

  protected exportCsv(): void {
    const tree = this.tree();
    if (tree) downloadText('metrics-pyramid.csv', pyramidCsv(tree.goals), 'text/csv;charset=utf-8');
  }

  protected errorText(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }

  // Typed lookups: the recursive node template's context is untyped.
  protected levelLabel(level: GoalNodeLevel): string {
    return this.levelLabels[level];
  }

  protected goalKindLabel(kind: GoalKindName): string {
    return this.goalKindLabels[kind];
  }

  protected statusLabel(status: GoalNodeStatus): string {
    return this.statusLabels[status];
  }

  protected childLabel(node: GoalTreeNodeDto): string {
    const level = childLevel(node.level);
    return level === null ? '' : this.levelLabels[level].toLowerCase();
  }
}
