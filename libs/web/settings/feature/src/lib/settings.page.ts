import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type Channel,
  type IsoWeekday,
  JOURNEY_KEY_RULES,
  type JourneyKeyRule,
  channelDefinition,
} from '@journey-atlas/shared/domain';
import {
  type ChannelDraft,
  type FieldErrors,
  type SettingsDraft,
  SettingsStore,
  draftFrom,
  fieldLabel,
  rebuildProgress,
  validateDraft,
} from '@journey-atlas/web/settings/data-access';
import { readyData } from '@journey-atlas/web/shared/data-access';

type JourneyField =
  | 'timeZone'
  | 'windowHours'
  | 'lowCsatAtMost'
  | 'highEffortAtLeast'
  | 'negativeSentimentBelow'
  | 'maxAgentsPerJourney'
  | 'rollupAttributes';

/** The journey thresholds: one number field each, the same markup with its own bounds. */
const THRESHOLD_FIELDS: readonly {
  field: Exclude<JourneyField, 'timeZone' | 'windowHours' | 'rollupAttributes'>;
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
}[] = [
  {
    field: 'lowCsatAtMost',
    id: 'ja-low-csat',
    label: 'Low CSAT at most (1–5)',
    min: 1,
    max: 5,
    step: 1,
  },
  {
    field: 'highEffortAtLeast',
    id: 'ja-high-effort',
    label: 'High effort at least (1–7)',
    min: 1,
    max: 7,
    step: 1,
  },
  {
    field: 'negativeSentimentBelow',
    id: 'ja-sentiment',
    label: 'Negative sentiment below (−1 to 1)',
    min: -1,
    max: 1,
    step: 0.05,
  },
  {
    field: 'maxAgentsPerJourney',
    id: 'ja-max-agents',
    label: 'Most agents per journey (1–50)',
    min: 1,
    max: 50,
    step: 1,
  },
];

const KEY_LABELS: Record<JourneyKeyRule, string> = {
  intent_or_interaction_type: 'Intent, else interaction type',
  interaction_type: 'Interaction type only',
};

const WEEKDAYS: { day: IsoWeekday; label: string; name: string }[] = [
  { day: 1, label: 'M', name: 'Monday' },
  { day: 2, label: 'T', name: 'Tuesday' },
  { day: 3, label: 'W', name: 'Wednesday' },
  { day: 4, label: 'T', name: 'Thursday' },
  { day: 5, label: 'F', name: 'Friday' },
  { day: 6, label: 'S', name: 'Saturday' },
  { day: 7, label: 'S', name: 'Sunday' },
];

function timeZones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    return ['UTC', ...(intl.supportedValuesOf?.('timeZone') ?? [])];
  } catch {
    return ['UTC'];
  }
}

/**
 * Settings: the workspace time zone, journey rules and each channel's cost, service-level
 * target and hours. Checked with the server's own rules before saving; a save that changes
 * anything starts a journey rebuild, whose progress is shown.
 */
@Component({
  selector: 'ja-settings-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Shared screen styles in apps/web/src/styles.css.
  host: { class: 'ja-screen' },
  templateUrl: './settings.page.html',
  styleUrl: './settings.page.css',
})
export class SettingsPage implements OnInit {
  protected readonly store = inject(SettingsStore);
  protected readonly state = this.store.state;
  protected readonly saveState = this.store.saveState;
  protected readonly draft = signal<SettingsDraft | null>(null);
  /** Client-side errors, shown once a save was tried and kept live from then on. */
  private readonly tried = signal(false);

  protected readonly keyRules = JOURNEY_KEY_RULES;
  protected readonly keyLabels = KEY_LABELS;
  protected readonly thresholdFields = THRESHOLD_FIELDS;
  protected readonly weekdays = WEEKDAYS;
  protected readonly timeZones = timeZones();

  protected readonly settings = computed(() => readyData(this.state()));
  private readonly validation = computed(() => {
    const settings = this.settings();
    const draft = this.draft();
    return settings && draft ? validateDraft(settings, draft) : null;
  });
  protected readonly dirty = computed(() => {
    const settings = this.settings();
    const draft = this.draft();
    return !!settings && !!draft && JSON.stringify(draftFrom(settings)) !== JSON.stringify(draft);
  });
  protected readonly errors = computed<FieldErrors>(() => {
    const save = this.saveState();
    const server = save.status === 'error' ? save.fieldErrors : {};
    const validation = this.validation();
    const client = this.tried() && validation && !validation.ok ? validation.errors : {};
    return { ...server, ...client };
  });
  /** Errors no input on this page shows (e.g. for fields another screen edits). */
  protected readonly otherErrors = computed(() => {
    const channels = this.settings()?.channels ?? [];
    return Object.entries(this.errors())
      .filter(([field]) => !this.isShown(field))
      .map(([field, message]) => `${fieldLabel(field, channels)} ${message}`);
  });
  /** One message for the list or any of its entries (`rollupAttributes[1]`). */
  protected readonly rollupAttributesError = computed(
    () =>
      Object.entries(this.errors()).find(([field]) =>
        /^rollupAttributes(\[\d+\])?$/.test(field),
      )?.[1] ?? null,
  );
  protected readonly countedAttributes = computed(
    () => this.settings()?.rollupAttributesCounted.join(', ') || 'none',
  );
  protected readonly rebuild = computed(() => {
    const save = this.saveState();
    if (save.status !== 'saved' || !save.rebuild) return null;
    return save.rebuild.status === 'unknown'
      ? { label: 'Journey rebuild started…', value: null }
      : rebuildProgress(save.rebuild);
  });

  constructor() {
    // A fresh draft whenever the settings arrive (first load, reload, or a save's answer).
    effect(() => {
      const settings = this.settings();
      untracked(() => {
        this.draft.set(settings ? draftFrom(settings) : null);
        this.tried.set(false);
      });
    });
  }

  ngOnInit(): void {
    this.store.load();
  }

  protected loadError(): string {
    const state = this.state();
    return state.status === 'error' ? state.message : '';
  }

  protected saveError(): string {
    const save = this.saveState();
    return save.status === 'error' ? save.message : '';
  }

  protected label(channel: Channel): string {
    return channelDefinition(channel).label;
  }

  protected error(field: string): string | null {
    return this.errors()[field] ?? null;
  }

  /** One message slot for a channel's hours: the days, the times or the whole. */
  protected hoursError(index: number): string | null {
    const base = `channels[${index}].hours`;
    return (
      this.error(base) ??
      this.error(`${base}.weekdays`) ??
      this.error(`${base}.opens`) ??
      this.error(`${base}.closes`)
    );
  }

  /** The id of the message element for a field path (ids cannot hold brackets or dots). */
  protected errorId(field: string): string {
    return `err-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
  }

  protected setField(field: JourneyField, value: string): void {
    this.edit((draft) => ({ ...draft, [field]: value }));
  }

  protected setKey(value: string): void {
    const key = JOURNEY_KEY_RULES.find((rule) => rule === value);
    if (key) this.edit((draft) => ({ ...draft, key }));
  }

  protected setChannel(index: number, patch: Partial<ChannelDraft>): void {
    this.edit((draft) => ({
      ...draft,
      channels: draft.channels.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    }));
  }

  protected toggleDay(index: number, day: IsoWeekday, on: boolean): void {
    const current = this.draft()?.channels[index]?.weekdays ?? [];
    const weekdays = on ? [...new Set([...current, day])] : current.filter((d) => d !== day);
    this.setChannel(index, { weekdays });
  }

  protected save(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    const validation = this.validation();
    if (!validation?.ok || this.saveState().status === 'saving') {
      queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.store.save(validation.body);
  }

  protected discard(): void {
    const settings = this.settings();
    if (settings) this.draft.set(draftFrom(settings));
    this.tried.set(false);
    this.store.clearSaveState();
  }

  private edit(change: (draft: SettingsDraft) => SettingsDraft): void {
    const draft = this.draft();
    if (!draft) return;
    this.draft.set(change(draft));
    this.store.clearSaveState();
  }

  private isShown(field: string): boolean {
    return (
      /^(timeZone|rollupAttributes(\[\d+\])?|journeys\.(windowSeconds|key|lowCsatAtMost|highEffortAtLeast|negativeSentimentBelow|maxAgentsPerJourney))$/.test(
        field,
      ) ||
      /^channels\[\d+\]\.(costPerContact|serviceLevelSeconds|serviceLevelShare|hours(\.(weekdays|opens|closes))?)$/.test(
        field,
      )
    );
  }
}
