import { Logger } from '@nestjs/common';
import { AppConfig } from '@kindred/config';
import { Mailer } from './mailer';

const config = (mail: AppConfig['mail']) => Object.assign(new AppConfig(), { mail });

describe('the mailer without SMTP_URL (development)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs the message at info level, subject and text, instead of sending it', async () => {
    const info = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const mailer = new Mailer(config({ from: 'Kindred <no-reply@kindred.invalid>' }));
    await mailer.send({
      from: { name: 'Northshire Family Hubs Partnership', address: 'workforce@northshire-familyhubs.example' },
      to: 'learner@northshire.example',
      subject: 'Your link to sign in to Kindred',
      text: 'Open this link: http://localhost:3000/login#token=abc',
      html: '<p>Open this link</p>',
    });
    expect(info).toHaveBeenCalledWith(
      'Email to learner@northshire.example, not sent because SMTP_URL is not set\n' +
        'Subject: Your link to sign in to Kindred\n\nOpen this link: http://localhost:3000/login#token=abc',
    );
    mailer.onApplicationShutdown();
  });
});
