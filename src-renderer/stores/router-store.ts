import { create } from 'zustand';
import { parseRoute, routeHash, type Route } from '../lib/routes';

type RouterState = {
  route: Route;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
};

/** The current screen, read from and written to the address's hash (#/contacts/…). */
export const useRouterStore = create<RouterState>()((set) => ({
  route: parseRoute(window.location.hash),
  navigate: (route, options) => {
    const hash = routeHash(route);
    if (window.location.hash === hash) return;
    if (options?.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    set({ route });
  },
}));

/** Follows back/forward and typed addresses. Returns the function that stops following. */
export function startRouter(): () => void {
  const sync = () => useRouterStore.setState({ route: parseRoute(window.location.hash) });
  if (!window.location.hash.startsWith('#/')) window.history.replaceState(null, '', routeHash(parseRoute(window.location.hash)));
  sync();
  window.addEventListener('popstate', sync);
  window.addEventListener('hashchange', sync);
  return () => {
    window.removeEventListener('popstate', sync);
    window.removeEventListener('hashchange', sync);
  };
}

export function navigate(route: Route, options?: { replace?: boolean }): void {
  useRouterStore.getState().navigate(route, options);
}
