import type { Page } from '@playwright/test';
import type { Messages } from './fixtures';

/** Page objects: what a person does on each page, in the words the page shows in her language. */
export class SignUpPage {
  constructor(
    private page: Page,
    private t: Messages,
  ) {}

  async signUp(user: { name: string; email: string; password: string }) {
    await this.page.getByLabel(this.t.signUp.name, { exact: true }).fill(user.name);
    await this.page.getByLabel(this.t.signUp.email, { exact: true }).fill(user.email);
    await this.page.getByLabel(this.t.signUp.password, { exact: true }).fill(user.password);
    await this.page.getByRole('button', { name: this.t.signUp.submit }).click();
  }
}

export class CirclesPage {
  constructor(
    private page: Page,
    private t: Messages,
  ) {}

  async create(name: string) {
    await this.page.getByLabel(this.t.circles.nameLabel).fill(name);
    await this.page.getByRole('button', { name: this.t.circles.create }).click();
  }
}

export class InvitationsPage {
  constructor(
    private page: Page,
    private t: Messages,
  ) {}

  async invite(relationship: keyof Messages['relationships']) {
    await this.page.getByRole('radio', { name: this.t.relationships[relationship], exact: true }).check();
    await this.page.getByRole('button', { name: this.t.invitations.create }).click();
    const url = (await this.page.getByTestId('invitation-url').innerText()).trim();
    const code = (await this.page.getByTestId('invitation-code').innerText()).trim();
    return { url, code };
  }
}
