import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { hasSession } from './auth/session';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');

// Signed-out visitors get the login page on first paint rather than a blank screen while
// react-admin's auth check runs. The state uses react-router's history format, so react-admin
// still returns them to the page they asked for after signing in.
if (!hasSession() && window.location.pathname !== '/login') {
  const { pathname, search } = window.location;
  window.history.replaceState(
    { usr: { nextPathname: pathname, nextSearch: search }, key: 'default', idx: 0 },
    '',
    '/login',
  );
}

const app = createRoot(root);
// Rendered synchronously, so the first paint is the login page or the app rather than a blank page.
flushSync(() =>
  app.render(
    <StrictMode>
      {/* Plain paths (/login, /Partnership): the API serves index.html for any unknown path.
        Without transitions, as react-admin's own router: a transitioned redirect to /login keeps
        being interrupted by react-admin's auth re-checks, which then sign out again and again. */}
      <BrowserRouter useTransitions={false}>
        <App />
      </BrowserRouter>
    </StrictMode>,
  ),
);
