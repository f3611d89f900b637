/**
 * The Agents Playground's chat, as a test sees it. Selectors found by driving Playground 0.2.28:
 * the compose box is a Lexical editor, each bot message (text or card) is a `.fai-OutputCard`,
 * cards render as `.ac-adaptiveCard` with buttons and inputs reachable by role and label.
 */
import type { Locator, Page } from 'playwright-core';

const REPLY_TIMEOUT_MS = 15_000;

export class PlaygroundPage {
  constructor(readonly page: Page) {}

  /** Opens the Playground's personal chat with the bot; the bot must already be listening. */
  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
    await this.composeBox().waitFor({ timeout: REPLY_TIMEOUT_MS });
  }

  composeBox(): Locator {
    return this.page.locator('[data-lexical-editor="true"]');
  }

  botMessages(): Locator {
    return this.page.locator('.fai-OutputCard');
  }

  lastBotMessage(): Locator {
    return this.botMessages().last();
  }

  /** The newest Adaptive Card the bot sent. */
  lastCard(): Locator {
    return this.page.locator('.fai-OutputCard .ac-adaptiveCard').last();
  }

  /**
   * Types a message and sends it. Newlines survive only because `insertText` puts them inside one text node:
   * the Playground drops the line breaks that Shift+Enter or a paste would make.
   */
  async send(text: string): Promise<void> {
    await this.composeBox().click();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits until a bot message contains `text`, and returns that message. */
  async waitForBotText(text: string | RegExp, timeout = REPLY_TIMEOUT_MS): Promise<Locator> {
    const message = this.botMessages().filter({ hasText: text }).last();
    await message.waitFor({ timeout });
    return message;
  }

  /** Clicks a button on the newest card that has one with this name (Action.Execute or Action.Submit). */
  async clickCardButton(name: string | RegExp, card?: Locator): Promise<void> {
    const scope = card ?? this.page.locator('.ac-adaptiveCard').filter({ has: this.button(name) }).last();
    await scope.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  /** Fills an Input.Text on the newest card, found by its label. */
  async fillCardInput(label: string | RegExp, value: string, card?: Locator): Promise<void> {
    await (card ?? this.lastCard()).getByRole('textbox', { name: label }).fill(value);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  private button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }
}
