/** True in the local build (sign-in through /dev/token), false in the deployed build (vite.config.ts). */
declare const __LOCAL_SIGN_IN__: boolean;
