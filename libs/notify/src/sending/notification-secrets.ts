import { Injectable } from '@nestjs/common';

export type RevealSecrets = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Values a message needs that must never rest in the outbox, such as a sign-in link. The lib
 * that owns a notification type registers how to derive them from the stored data (a token's
 * id, say) when the message is rendered, so a copy of the database holds no usable secret.
 */
@Injectable()
export class NotificationSecrets {
  private readonly byType = new Map<string, RevealSecrets>();

  register(type: string, reveal: RevealSecrets): void {
    if (this.byType.has(type)) throw new Error(`Notification type "${type}" already has its secrets registered`);
    this.byType.set(type, reveal);
  }

  reveal(type: string, data: Record<string, unknown>): Record<string, unknown> {
    const reveal = this.byType.get(type);
    return reveal ? { ...data, ...reveal(data) } : data;
  }
}
