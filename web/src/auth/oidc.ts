import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { setToken } from './session';

/**
 * Deployed sign-in: OpenID Connect authorization code with PKCE against the configured issuer
 * (oidc-client-ts). The issuer and client id come from /console-config.json, written at deploy time next
 * to the console. User state lives in sessionStorage; tokens renew silently before they expire. The API
 * is called with the ID token (it carries the role group and the township/hospital attributes).
 */
interface ConsoleConfig {
  authority: string;
  clientId: string;
  scope?: string;
}

let manager: Promise<UserManager> | undefined;

function apply(user: User | null): void {
  setToken(user && !user.expired ? user.id_token : undefined);
}

export function userManager(): Promise<UserManager> {
  manager ??= fetch('/console-config.json')
    .then((r) => {
      if (!r.ok) throw new Error(`console-config.json: HTTP ${r.status}`);
      return r.json() as Promise<ConsoleConfig>;
    })
    .then((config) => {
      const m = new UserManager({
        authority: config.authority,
        client_id: config.clientId,
        redirect_uri: `${location.origin}/auth/callback`,
        post_logout_redirect_uri: `${location.origin}/`,
        response_type: 'code',
        scope: config.scope ?? 'openid',
        automaticSilentRenew: true,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      });
      m.events.addUserLoaded(apply);
      m.events.addUserUnloaded(() => apply(null));
      m.events.addAccessTokenExpired(() => apply(null));
      return m;
    });
  return manager;
}

export async function signInRedirect(returnTo: string): Promise<void> {
  await (await userManager()).signinRedirect({ state: returnTo });
}

/** Completes the code exchange on /auth/callback and returns where the user was going. */
export async function completeSignIn(): Promise<string> {
  const user = await (await userManager()).signinRedirectCallback();
  apply(user);
  return typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
}

export async function restore(): Promise<void> {
  apply(await (await userManager()).getUser());
}

export async function signOutRedirect(): Promise<void> {
  setToken(undefined);
  await (await userManager()).signoutRedirect();
}
