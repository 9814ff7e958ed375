import type { Locator, Page } from 'playwright-core';

/** The metrics pyramid as a user sees it: the tree of node cards and the node form. */
export class PyramidPage {
  readonly nodes: Locator;
  readonly empty: Locator;
  readonly form: Locator;
  /** The "Limits broken" summary above the tree. */
  readonly limits: Locator;

  constructor(private readonly page: Page) {
    this.nodes = page.getByTestId('pyramid-node');
    this.empty = page.locator('.empty');
    this.form = page.locator('form.node-form');
    this.limits = page.getByRole('region', { name: /Limits broken/ });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/pyramid`);
  }

  /** The card of the node with this label (its own card, not its children's). */
  node(label: string): Locator {
    return this.nodes.filter({ has: this.page.locator('.card .label', { hasText: label }) }).last();
  }

  actual(label: string): Locator {
    return this.node(label).locator('.card').first().getByTestId('node-actual');
  }

  status(label: string): Locator {
    return this.node(label).locator('.card').first().getByTestId('node-status');
  }

  async addGoal(name: string, kind: string): Promise<void> {
    await this.form.getByLabel('Goal').fill(name);
    await this.form.getByLabel('Kind').selectOption(kind);
    await this.form.getByRole('button', { name: 'Add', exact: true }).click();
    await this.form.waitFor({ state: 'detached' });
  }

  async addStrategic(
    goal: string,
    metric: string,
    targetPercent: string,
    targetDate: string,
  ): Promise<void> {
    await this.page.getByRole('button', { name: `Add strategic metric under ${goal}` }).click();
    await this.form.getByLabel('Metric').selectOption(metric);
    await this.form.getByLabel(/^Target \(%\)/).fill(targetPercent);
    await this.form.getByLabel('Target date').fill(targetDate);
    await this.form.getByRole('button', { name: 'Add', exact: true }).click();
    await this.form.waitFor({ state: 'detached' });
  }
}
