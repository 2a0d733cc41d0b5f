import { Controller, HttpCode, Param, Post, type RawBodyRequest, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '@kindred/auth';
import { JsonErrorsFilter } from '@kindred/org';
import { type WebhookReceipt, WebhookReceiver } from './webhook-receiver';

/** Where providers push deliveries: the signature, checked by the plugin, is the credential. */
@Controller('webhooks')
@UseFilters(JsonErrorsFilter)
export class WebhookController {
  constructor(private readonly receiver: WebhookReceiver) {}

  @Public()
  @Post(':partnership/:instance')
  @HttpCode(200)
  receive(
    @Param('partnership') partnership: string,
    @Param('instance') instance: string,
    @Req() request: RawBodyRequest<Request>,
  ): Promise<WebhookReceipt> {
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]),
    );
    return this.receiver.receive(partnership, instance, { headers, rawBody: request.rawBody ?? Buffer.alloc(0) });
  }
}
