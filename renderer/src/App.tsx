import { useEffect, useState } from 'react';
import { SettingsView } from './views/SettingsView';

function currentRoute(): string {
  return window.location.hash.replace(/^#/, '') || '/settings';
}

export function App() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (route.startsWith('/settings')) return <SettingsView />;
  return (
    <main className="page">
      <h1>Not found</h1>
      <p>
        There is no page at <code>{route}</code>. <a href="#/settings">Open settings</a>.
      </p>
    </main>
  );
}
