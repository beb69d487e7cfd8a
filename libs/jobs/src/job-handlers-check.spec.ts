import { HandlerRegistration, jobHandlerProblems } from './job-handlers-check';
import { JobName, QueueName } from './queue-contract';

const complete: HandlerRegistration[] = [
  { queue: QueueName.Mail, jobNames: [JobName.SendNotification] },
  { queue: QueueName.Reminders, jobNames: [JobName.ReminderScan, JobName.SupervisorDigest] },
  { queue: QueueName.Progress, jobNames: [JobName.RecomputeProgress, JobName.RecomputeAllProgress] },
  { queue: QueueName.People, jobNames: [JobName.SendPeopleImport] },
  { queue: QueueName.Links, jobNames: [JobName.CheckEvidenceLinks] },
  { queue: QueueName.Documents, jobNames: [JobName.BuildReportPack] },
  { queue: QueueName.Posters, jobNames: [JobName.RenderPosterPack, JobName.PurgePosterPacks] },
];

describe('jobHandlerProblems', () => {
  it('accepts one processor per queue handling exactly its jobs', () => {
    expect(jobHandlerProblems(complete)).toEqual([]);
  });

  it.each<[string, typeof complete, string]>([
    [
      'a job without a handler',
      [complete[0], { queue: QueueName.Reminders, jobNames: [JobName.ReminderScan] }, complete[2]],
      'job "supervisor-digest" has no handler',
    ],
    [
      'a queue without a processor',
      [complete[0], complete[1]],
      'queue "progress" has 0 processors (expected 1)',
    ],
    [
      'two processors for one queue',
      [...complete, { queue: QueueName.Mail, jobNames: [] }],
      'queue "mail" has 2 processors (expected 1)',
    ],
    [
      'a job handled on the wrong queue',
      [
        { queue: QueueName.Mail, jobNames: [JobName.SendNotification, JobName.ReminderScan] },
        { queue: QueueName.Reminders, jobNames: [JobName.SupervisorDigest] },
        complete[2],
      ],
      'job "reminder-scan" is handled on queue "mail" but runs on "reminders"',
    ],
    [
      'a handler for a job not in the contract',
      [{ queue: QueueName.Mail, jobNames: [JobName.SendNotification, 'send-fax'] }, complete[1], complete[2]],
      'queue "mail" handles "send-fax", which is not in the queue contract',
    ],
  ])('reports %s', (_name, registrations, problem) => {
    expect(jobHandlerProblems(registrations)).toContain(problem);
  });
});
