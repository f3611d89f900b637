/**
 * Where Graph posts change and lifecycle notifications. Graph sends no Bot Framework token (no token at all): the
 * clientState in each notification is the check, which the service makes. Graph wants a validationToken echoed as
 * text/plain within 10 seconds, and any notification answered 2xx within 3: both are answered at once, and the work
 * starts only once the answer went. The two addresses take the same bodies (Graph allows them to be one); two keep
 * what arrives where apart in the access logs.
 */
import express, { type Router } from 'express';
import type { Log } from '../../services/ports/index.js';
import type { Tenants } from '../../config.js';
import type { Background } from '../background.js';
import { notificationsFromServedTenant } from './tenants.js';

export const GRAPH_NOTIFICATIONS_PATH = '/api/graph/notifications';
export const GRAPH_LIFECYCLE_PATH = '/api/graph/lifecycle';

/** A batch of basic notifications (ids, no resource data) is a few kilobytes; anything near this is not Graph. */
const BODY_LIMIT = '1mb';

/** The work a notification body asks for, to run once the answer went; undefined when the body is not notifications. */
export type NotificationsHandler = (body: unknown) => (() => Promise<unknown>) | undefined;

export const graphWebhook = (handle: NotificationsHandler, tenants: Tenants, background: Background, log: Log): Router => {
  const router = express.Router();
  // Any content type, read raw: what Graph labels application/json is parsed here, and nothing else reads it.
  router.post([GRAPH_NOTIFICATIONS_PATH, GRAPH_LIFECYCLE_PATH], express.raw({ type: () => true, limit: BODY_LIMIT }), (req, res) => {
    const token = req.query.validationToken;
    if (typeof token === 'string') {
      // Decoded by the query parser, as Graph asks; never rendered as anything but text.
      return void res.status(200).set('x-content-type-options', 'nosniff').type('text/plain').send(token);
    }
    const body = jsonOf(req.body);
    const work = handle(body);
    if (!work) return void res.status(400).json({ error: 'The request body is not a Graph change notification.' });
    if (!notificationsFromServedTenant(tenants, body)) {
      log.warn({}, 'change notification from another tenant refused');
      return void res.status(403).json({ error: 'The notification is not from a tenant Convene serves.' });
    }
    res.status(202).end();
    background.start([work], (error) => log.error({ err: String(error) }, 'change notifications failed'));
  });
  return router;
};

const jsonOf = (body: unknown): unknown => {
  if (!Buffer.isBuffer(body)) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
};
