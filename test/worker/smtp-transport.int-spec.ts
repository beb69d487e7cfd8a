import { loadConfig } from '@prongsai/config';
import { MailSendError, OutgoingEmail, SmtpMailTransport } from '@prongsai/mail';
import { SmtpSink } from '../setup/smtp-sink';

const email = (n: number): OutgoingEmail => ({
  to: { name: 'นางสาวสมหญิง ใจดี', address: `lead${n}@prongsai.example` },
  subject: '[Prongsai] มาตรการใกล้ครบกำหนด: ทดสอบ (ครบกำหนด 10 ก.พ. 2566)',
  text: 'กำหนดแล้วเสร็จ: 10 ก.พ. 2566\n.\nบรรทัดที่ขึ้นต้นด้วยจุด',
  html: '<p>กำหนดแล้วเสร็จ: 10 ก.พ. 2566</p>',
  messageId: `test-${n}@prongsai.example`,
  headers: { 'X-Prongsai-Notification': `n-${n}` },
});

describe('SmtpMailTransport (a real SMTP server)', () => {
  let sink: SmtpSink;
  let transport: SmtpMailTransport;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    transport = new SmtpMailTransport(
      loadConfig({ SMTP_URL: sink.url, MAIL_FROM: 'Prongsai <no-reply@prongsai.example>' }),
    );
  });
  afterAll(async () => {
    transport.close();
    await sink.close();
  });
  beforeEach(() => {
    sink.refuse = null;
    sink.received.length = 0;
  });

  it('sends Thai text and HTML, with the Message-ID and headers given', async () => {
    let hookCalls = 0;
    const sent = await transport.send(email(1), {
      beforeEndOfData: async () => {
        hookCalls++;
        // The hook runs before the server has the message.
        expect(sink.received).toHaveLength(0);
        return true;
      },
    });
    expect(hookCalls).toBe(1);
    expect(sent.response).toMatch(/^250/);
    expect(sink.received).toHaveLength(1);
    const [got] = sink.received;
    expect(got.envelopeTo).toEqual(['lead1@prongsai.example']);
    expect(got.subject).toBe(email(1).subject);
    expect(got.text).toContain('กำหนดแล้วเสร็จ: 10 ก.พ. 2566\n.\nบรรทัดที่ขึ้นต้นด้วยจุด');
    expect(got.html).toContain('<p>กำหนดแล้วเสร็จ: 10 ก.พ. 2566</p>');
    expect(got.messageId).toBe('<test-1@prongsai.example>');
    expect(got.notificationId).toBe('n-1');
  });

  it('does not reach the hook when the recipient is refused, and says nothing was delivered', async () => {
    sink.refuse = (stage) => (stage === 'RCPT' ? { code: 451, message: '4.3.0 try again later' } : null);
    let hookCalls = 0;
    const err = await transport
      .send(email(2), { beforeEndOfData: async () => (hookCalls++, true) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailSendError);
    expect(err).toMatchObject({ stage: 'before-end-of-data', notDelivered: true, permanent: false });
    expect(hookCalls).toBe(0);
    expect(sink.received).toHaveLength(0);
  });

  it('drops the message when the hook declines: the server discards data that never ended', async () => {
    const err = await transport
      .send(email(3), { beforeEndOfData: async () => false })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ stage: 'before-end-of-data', notDelivered: true });
    // A following message on a new connection arrives alone.
    await transport.send(email(4));
    expect(sink.received.map((m) => m.notificationId)).toEqual(['n-4']);
  });

  it('reports a refusal of the message itself as not delivered, 4xx as temporary and 5xx as permanent', async () => {
    sink.refuse = (stage) => (stage === 'DATA' ? { code: 452, message: '4.3.1 insufficient storage' } : null);
    const temporary = await transport.send(email(5)).catch((e: unknown) => e);
    expect(temporary).toMatchObject({
      stage: 'after-end-of-data',
      responseCode: 452,
      notDelivered: true,
      permanent: false,
    });
    sink.refuse = (stage) => (stage === 'MAIL' ? { code: 550, message: '5.7.1 relaying denied' } : null);
    const permanent = await transport.send(email(6)).catch((e: unknown) => e);
    expect(permanent).toMatchObject({ stage: 'before-end-of-data', responseCode: 550, permanent: true });
  });
});
