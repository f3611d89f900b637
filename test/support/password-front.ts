/**
 * A PostgreSQL server that asks for a password, as Azure Database for PostgreSQL asks for the Entra token: in front
 * of the local server (which trusts every connection, so pg would never be asked), it answers each client's startup
 * with AuthenticationCleartextPassword, keeps the password it is sent, and then passes the connection on to the
 * real server, whose answers (AuthenticationOk and the rest) the client reads as the end of its sign-in.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface PasswordFront {
  /** The local server's address with this front's port: no password in it. */
  url: string;
  /** Every password a connection signed in with, in order. */
  passwords: string[];
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export const startPasswordFront = async (upstreamUrl: string): Promise<PasswordFront> => {
  const upstream = new URL(upstreamUrl);
  const passwords: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    void signIn(client).then(
      ({ startup, password }) => {
        passwords.push(password);
        const real = connect(Number(upstream.port || 5432), upstream.hostname, () => {
          real.write(startup);
          client.pipe(real).pipe(client);
        });
        sockets.add(real);
        real.once('close', () => sockets.delete(real));
        real.once('close', () => client.destroy());
        client.once('close', () => real.destroy());
        real.on('error', () => client.destroy());
      },
      () => client.destroy(),
    );
    client.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the password front has no port');
  const url = new URL(upstreamUrl);
  url.host = `127.0.0.1:${address.port}`;
  url.password = '';
  return {
    url: url.toString(),
    passwords,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/** Reads the startup message (declining SSL and GSS encryption), asks for a password in clear text and reads it. */
const signIn = async (client: Socket): Promise<{ startup: Buffer; password: string }> => {
  const { read, stop } = reader(client);
  try {
    for (;;) {
      const length = (await read(4)).readInt32BE(0);
      const body = await read(length - 4);
      const code = body.readInt32BE(0);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        client.write('N');
        continue;
      }
      client.write(Buffer.concat([Buffer.from('R'), int32(8), int32(3)]));
      const header = await read(5);
      if (header.toString('latin1', 0, 1) !== 'p') throw new Error('expected a password message');
      const password = (await read(header.readInt32BE(1) - 4)).toString('utf8').replace(/\0$/, '');
      // The client now waits for AuthenticationOk, so nothing more has been read past the password.
      return { startup: Buffer.concat([int32(length), body]), password };
    }
  } finally {
    stop();
  }
};

const int32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
};

/** Exactly n bytes at a time from a socket, until stop() leaves the socket paused for a pipe. */
const reader = (socket: Socket) => {
  let buffered = Buffer.alloc(0);
  let closed = false;
  let wake: (() => void) | undefined;
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    wake?.();
  };
  const onClose = () => {
    closed = true;
    wake?.();
  };
  socket.on('data', onData);
  socket.once('close', onClose);
  return {
    read: async (n: number): Promise<Buffer> => {
      while (buffered.length < n) {
        if (closed) throw new Error('the client went away');
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const taken = buffered.subarray(0, n);
      buffered = buffered.subarray(n);
      return taken;
    },
    stop: () => {
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.pause();
    },
  };
};
