// Outside Next's bundler (server.ts under tsx, scripts) there is no "react-server" condition,
// so `import 'server-only'` would throw. Resolve it to its empty twin there; Next keeps guarding
// the browser bundle.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
  import.meta.url,
);
