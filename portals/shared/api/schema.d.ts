/**
 * Generated from the API's OpenAPI document by scripts/portals-client.ts (npm run portals:client).
 * Do not edit: npm test (portals:check) fails when this file is not what the API gives.
 */

export interface paths {
    "/api/v1/alerts/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unsubscribe link of an alert’s mail (no sign-in): the alert and the token of the link; the alert is deleted
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        alertId: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid link, or the alert is already deleted */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the password of an invited account with its one-time token
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid, used or expired invitation */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description password policy */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many attempts from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password. A browser portal sends X-Requested-With: alin-portal: the refresh token is then set in an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth, not in the body.
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int64 */
                            expiresIn: number;
                            /** Format: int64 */
                            refreshExpiresIn: number;
                            /** @description the rotating refresh token; absent when the caller sent X-Requested-With: alin-portal (a browser portal): it is then in the HttpOnly cookie alin_refresh (Path=/api/v1/auth) */
                            refreshToken?: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description bad credentials, or an e-mail address not yet confirmed */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current session (access and refresh tokens; the refresh cookie of a browser portal is cleared)
         * @description Access: authenticated
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password of the signed-in account (the current one is asked again): every session of the account ends, and the caller gets a new token pair. A browser portal sends X-Requested-With: alin-portal: the refresh token is then set in an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth, not in the body.
         * @description Access: applicant, company_manager, landlord_user, agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int64 */
                            expiresIn: number;
                            /** Format: int64 */
                            refreshExpiresIn: number;
                            /** @description the rotating refresh token; absent when the caller sent X-Requested-With: alin-portal (a browser portal): it is then in the HttpOnly cookie alin_refresh (Path=/api/v1/auth) */
                            refreshToken?: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the current password is wrong (or a connected system’s client, which has no password) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description password policy */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password: a one-time link by mail (30 minutes); the same 202 whatever the address
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many requests from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token of the mailed link (used once); every session of the account ends
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid, used or expired link */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description password policy */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many attempts from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the refresh token (a reused token revokes the session): the token in the body, or, for a browser portal, none in the body and the HttpOnly cookie alin_refresh with the header X-Requested-With: alin-portal (required, CSRF) and, when sent, an Origin of this server
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description omit it when the refresh token is in the cookie */
                        refreshToken?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int64 */
                            expiresIn: number;
                            /** Format: int64 */
                            refreshExpiresIn: number;
                            /** @description the rotating refresh token; absent when the caller sent X-Requested-With: alin-portal (a browser portal): it is then in the HttpOnly cookie alin_refresh (Path=/api/v1/auth) */
                            refreshToken?: string;
                            /** @enum {string} */
                            tokenType: "Bearer";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid, expired or reused; or no token at all */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the cookie used without the portal header, or from another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an applicant account: the same 202 "check your mailbox" for a new or a known address. A new address gets a confirmation link by mail (the account cannot sign in until confirmed with POST /auth/register/confirm); a known one a mail saying someone tried to register with it
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description password policy */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many registrations from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a registration with the token of the mailed link and the password chosen at registration; the account may then sign in
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid, used or expired link, or not the password chosen at registration */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many attempts from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Client-credentials token for a connected landlord system
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        clientSecret: string;
                        /** @enum {string} */
                        grantType: "client_credentials";
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: int64 */
                            expiresIn: number;
                            /** @enum {string} */
                            tokenType: "Bearer";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown client or wrong secret */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The applicant’s own candidacies, newest first; with demandId (one of theirs), also its open candidacies and the cap (openCandidacies), to say the limit before it is hit
         * @description Access: applicant
         */
        get: {
            parameters: {
                query?: {
                    /** @description one of the applicant’s demands: the answer then carries openCandidacies */
                    demandId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                demandId: string;
                                /** Format: uuid */
                                id: string;
                                offer: {
                                    charges: number;
                                    communeCode: string;
                                    communeName: string | null;
                                    rent: number;
                                    /** Format: int64 */
                                    typology: number;
                                };
                                /** Format: uuid */
                                offerId: string;
                                /** @enum {string} */
                                status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                                /** Format: date-time */
                                statusChangedAt: string;
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string;
                            }[];
                            /** @description with the demandId query parameter */
                            openCandidacies?: {
                                /**
                                 * Format: int64
                                 * @description the demand’s candidacies that count against the cap
                                 */
                                count: number;
                                /** Format: uuid */
                                demandId: string;
                                /**
                                 * Format: int64
                                 * @description how many open candidacies a demand may have at the same time
                                 */
                                max: number;
                            };
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description demandId: no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Apply with one’s active demand to a published offer. Idempotent: applying again returns the same candidacy (200 instead of 201)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        demandId: string;
                        /** Format: uuid */
                        offerId: string;
                    };
                };
            };
            responses: {
                /** @description applied already: the same candidacy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: int64 */
                            candidacyCount: number;
                            /** Format: uuid */
                            demandId: string;
                            frozenRanking?: {
                                /** Format: int64 */
                                candidacyCount: number;
                                /** Format: int64 */
                                finalRank: number | null;
                                /** Format: date-time */
                                frozenAt: string;
                                notice: string;
                                referenceDate: string;
                                /** Format: int64 */
                                revision: number;
                            };
                            /** Format: uuid */
                            id: string;
                            offer: {
                                charges: number;
                                communeCode: string;
                                communeName: string | null;
                                rent: number;
                                /** Format: int64 */
                                typology: number;
                            };
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            rank: number | null;
                            referenceDate: string;
                            score: {
                                components: {
                                    als: number;
                                    alsClampedFrom?: number;
                                    balancing: number;
                                    company: number;
                                    territory: number;
                                    territoryEstablished: boolean;
                                };
                                criteria: {
                                    /** @enum {string} */
                                    component: "als" | "company" | "territory" | "balancing";
                                    criterion: string;
                                    /** @description the fact the criterion was computed from, in French */
                                    fact: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description the criterion gives points (all or part of them) */
                                    met: boolean;
                                    points: number;
                                    /**
                                     * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                     * @enum {string}
                                     */
                                    status: "met" | "partly_met" | "not_met" | "to_check";
                                }[];
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                action: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string|null} */
                                from: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained" | null;
                                label: string;
                                reason?: string;
                                /** @enum {string} */
                                to: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            }[];
                        };
                    };
                };
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: int64 */
                            candidacyCount: number;
                            /** Format: uuid */
                            demandId: string;
                            frozenRanking?: {
                                /** Format: int64 */
                                candidacyCount: number;
                                /** Format: int64 */
                                finalRank: number | null;
                                /** Format: date-time */
                                frozenAt: string;
                                notice: string;
                                referenceDate: string;
                                /** Format: int64 */
                                revision: number;
                            };
                            /** Format: uuid */
                            id: string;
                            offer: {
                                charges: number;
                                communeCode: string;
                                communeName: string | null;
                                rent: number;
                                /** Format: int64 */
                                typology: number;
                            };
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            rank: number | null;
                            referenceDate: string;
                            score: {
                                components: {
                                    als: number;
                                    alsClampedFrom?: number;
                                    balancing: number;
                                    company: number;
                                    territory: number;
                                    territoryEstablished: boolean;
                                };
                                criteria: {
                                    /** @enum {string} */
                                    component: "als" | "company" | "territory" | "balancing";
                                    criterion: string;
                                    /** @description the fact the criterion was computed from, in French */
                                    fact: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description the criterion gives points (all or part of them) */
                                    met: boolean;
                                    points: number;
                                    /**
                                     * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                     * @enum {string}
                                     */
                                    status: "met" | "partly_met" | "not_met" | "to_check";
                                }[];
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                action: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string|null} */
                                from: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained" | null;
                                label: string;
                                reason?: string;
                                /** @enum {string} */
                                to: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand (or not yours), or offer not visible */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description demand not active, offer closed, or too many open candidacies (CANDIDACY.TOO_MANY_OPEN) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the household does not fit the offer: reasons in details (CANDIDACY.NOT_ELIGIBLE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A candidacy: status, rank among the offer’s candidates (live while the offer is open; the final rank of the ranking frozen at its closing afterwards, `frozenRanking`), number of candidacies, own score criterion by criterion, dated timeline
         * @description Access: applicant, agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: int64 */
                            candidacyCount: number;
                            /** Format: uuid */
                            demandId: string;
                            frozenRanking?: {
                                /** Format: int64 */
                                candidacyCount: number;
                                /** Format: int64 */
                                finalRank: number | null;
                                /** Format: date-time */
                                frozenAt: string;
                                notice: string;
                                referenceDate: string;
                                /** Format: int64 */
                                revision: number;
                            };
                            /** Format: uuid */
                            id: string;
                            offer: {
                                charges: number;
                                communeCode: string;
                                communeName: string | null;
                                rent: number;
                                /** Format: int64 */
                                typology: number;
                            };
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            rank: number | null;
                            referenceDate: string;
                            score: {
                                components: {
                                    als: number;
                                    alsClampedFrom?: number;
                                    balancing: number;
                                    company: number;
                                    territory: number;
                                    territoryEstablished: boolean;
                                };
                                criteria: {
                                    /** @enum {string} */
                                    component: "als" | "company" | "territory" | "balancing";
                                    criterion: string;
                                    /** @description the fact the criterion was computed from, in French */
                                    fact: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description the criterion gives points (all or part of them) */
                                    met: boolean;
                                    points: number;
                                    /**
                                     * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                     * @enum {string}
                                     */
                                    status: "met" | "partly_met" | "not_met" | "to_check";
                                }[];
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                action: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string|null} */
                                from: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained" | null;
                                label: string;
                                reason?: string;
                                /** @enum {string} */
                                to: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}/accept-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the home proposed after the CAL (in the CAL’s rank order)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: int64 */
                            candidacyCount: number;
                            /** Format: uuid */
                            demandId: string;
                            frozenRanking?: {
                                /** Format: int64 */
                                candidacyCount: number;
                                /** Format: int64 */
                                finalRank: number | null;
                                /** Format: date-time */
                                frozenAt: string;
                                notice: string;
                                referenceDate: string;
                                /** Format: int64 */
                                revision: number;
                            };
                            /** Format: uuid */
                            id: string;
                            offer: {
                                charges: number;
                                communeCode: string;
                                communeName: string | null;
                                rent: number;
                                /** Format: int64 */
                                typology: number;
                            };
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            rank: number | null;
                            referenceDate: string;
                            score: {
                                components: {
                                    als: number;
                                    alsClampedFrom?: number;
                                    balancing: number;
                                    company: number;
                                    territory: number;
                                    territoryEstablished: boolean;
                                };
                                criteria: {
                                    /** @enum {string} */
                                    component: "als" | "company" | "territory" | "balancing";
                                    criterion: string;
                                    /** @description the fact the criterion was computed from, in French */
                                    fact: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description the criterion gives points (all or part of them) */
                                    met: boolean;
                                    points: number;
                                    /**
                                     * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                     * @enum {string}
                                     */
                                    status: "met" | "partly_met" | "not_met" | "to_check";
                                }[];
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                action: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string|null} */
                                from: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained" | null;
                                label: string;
                                reason?: string;
                                /** @enum {string} */
                                to: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not in cal_accepted, or a better CAL rank holds the proposal (CANDIDACY.PROPOSAL_NOT_YOUR_TURN) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}/cal-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the CAL’s decision on a candidacy transmitted to the landlord: accepted (calRank 1–3), refused (reason required), postponed
         * @description Access: landlord_user, landlord_client
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        calRank?: number;
                        /** @enum {string} */
                        decision: "accepted" | "refused" | "postponed";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: uuid */
                            demandId: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            offerId: string;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy transmitted to your landlord */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not awaiting a CAL decision, or CAL rank already given */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description calRank or reason missing */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}/decline-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the home after the CAL accepted (−40 on later offers for 12 months)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: int64 */
                            candidacyCount: number;
                            /** Format: uuid */
                            demandId: string;
                            frozenRanking?: {
                                /** Format: int64 */
                                candidacyCount: number;
                                /** Format: int64 */
                                finalRank: number | null;
                                /** Format: date-time */
                                frozenAt: string;
                                notice: string;
                                referenceDate: string;
                                /** Format: int64 */
                                revision: number;
                            };
                            /** Format: uuid */
                            id: string;
                            offer: {
                                charges: number;
                                communeCode: string;
                                communeName: string | null;
                                rent: number;
                                /** Format: int64 */
                                typology: number;
                            };
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            rank: number | null;
                            referenceDate: string;
                            score: {
                                components: {
                                    als: number;
                                    alsClampedFrom?: number;
                                    balancing: number;
                                    company: number;
                                    territory: number;
                                    territoryEstablished: boolean;
                                };
                                criteria: {
                                    /** @enum {string} */
                                    component: "als" | "company" | "territory" | "balancing";
                                    criterion: string;
                                    /** @description the fact the criterion was computed from, in French */
                                    fact: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description the criterion gives points (all or part of them) */
                                    met: boolean;
                                    points: number;
                                    /**
                                     * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                     * @enum {string}
                                     */
                                    status: "met" | "partly_met" | "not_met" | "to_check";
                                }[];
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                action: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string|null} */
                                from: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained" | null;
                                label: string;
                                reason?: string;
                                /** @enum {string} */
                                to: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the candidacy’s state (CANDIDACY.INVALID_TRANSITION) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}/lease": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the signed lease: offer allocated (flux), demand satisfied, allocation recorded for the balancing statistics, other candidates not retained
         * @description Access: landlord_user, landlord_client
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: uuid */
                            demandId: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            offerId: string;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy transmitted to your landlord */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the proposal was not accepted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}/proposal-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the candidate’s answer to the home proposed after the CAL, as they gave it to the landlord (mail, phone): accepted or declined, under the applicant’s own rules (the CAL’s rank order; declining counts against later offers)
         * @description Access: landlord_user, landlord_client
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "accepted" | "declined";
                        /** @description why the candidate declined, when they said */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: uuid */
                            demandId: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            offerId: string;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy transmitted to your landlord */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not accepted by the CAL, or a better CAL rank holds the proposal (CANDIDACY.PROPOSAL_NOT_YOUR_TURN) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the candidacy (before it is transmitted to the landlord)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            calRank: number | null;
                            calReason: string | null;
                            /** Format: int64 */
                            candidacyCount: number;
                            /** Format: uuid */
                            demandId: string;
                            frozenRanking?: {
                                /** Format: int64 */
                                candidacyCount: number;
                                /** Format: int64 */
                                finalRank: number | null;
                                /** Format: date-time */
                                frozenAt: string;
                                notice: string;
                                referenceDate: string;
                                /** Format: int64 */
                                revision: number;
                            };
                            /** Format: uuid */
                            id: string;
                            offer: {
                                charges: number;
                                communeCode: string;
                                communeName: string | null;
                                rent: number;
                                /** Format: int64 */
                                typology: number;
                            };
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            rank: number | null;
                            referenceDate: string;
                            score: {
                                components: {
                                    als: number;
                                    alsClampedFrom?: number;
                                    balancing: number;
                                    company: number;
                                    territory: number;
                                    territoryEstablished: boolean;
                                };
                                criteria: {
                                    /** @enum {string} */
                                    component: "als" | "company" | "territory" | "balancing";
                                    criterion: string;
                                    /** @description the fact the criterion was computed from, in French */
                                    fact: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @description the criterion gives points (all or part of them) */
                                    met: boolean;
                                    points: number;
                                    /**
                                     * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                     * @enum {string}
                                     */
                                    status: "met" | "partly_met" | "not_met" | "to_check";
                                }[];
                                total: number;
                            } | null;
                            /** @enum {string} */
                            status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            /** Format: date-time */
                            statusChangedAt: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string;
                            timeline: {
                                action: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string|null} */
                                from: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained" | null;
                                label: string;
                                reason?: string;
                                /** @enum {string} */
                                to: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such candidacy, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the candidacy’s state (CANDIDACY.INVALID_TRANSITION) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidacies/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in the applicant’s candidacies (designated, transmitted, CAL decision, proposal, not retained), newest first
         * @description Access: applicant
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                candidacyId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: int64 */
                                id: number;
                                kind: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Commune lookup for the forms: by name (accent- and case-insensitive, from the start of a word) or by postcode or INSEE code prefix; best matches first
         * @description Access: public
         */
        get: {
            parameters: {
                query: {
                    /** @description how many communes at most (default 10, at most 20) */
                    limit?: number;
                    /** @description a name (« villeurb », « st etienne ») or the first digits of a postcode (« 6910 ») */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description INSEE code */
                                code: string;
                                departement: string;
                                /** @description what a list shows: « Villeurbanne (69100) » */
                                label: string;
                                name: string;
                                postalCodes: string[];
                                /** @enum {string} */
                                type: "commune-actuelle" | "arrondissement-municipal";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Companies referential (agent); a manager sees their own company
         * @description Access: agent, admin, company_manager
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description part of the name, or the beginning of a SIREN or SIRET */
                    q?: string;
                    spaceStatus?: "requested" | "configured" | "deployed" | "suspended" | "none";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                contribution: "contributing" | "compensated" | "none";
                                /** @description ISO 8601 instant */
                                createdAt: string;
                                delegatesToAls: boolean;
                                /** Format: int64 */
                                headcount: number | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                siren: string;
                                sirets: string[];
                                /** @enum {string|null} */
                                sizeClass: "PME" | "ETI" | "GE" | null;
                                space: {
                                    /** @enum {string|null} */
                                    status: "requested" | "configured" | "deployed" | "suspended" | null;
                                    /** @description ISO 8601 instant */
                                    updatedAt: string | null;
                                };
                                /** @description ISO 8601 instant */
                                updatedAt: string;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a company to the referential
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        contribution?: "contributing" | "compensated" | "none";
                        delegatesToAls?: boolean;
                        /** Format: int32 */
                        headcount?: number | null;
                        name: string;
                        /** @description SIREN: 9 digits with a Luhn key */
                        siren?: string;
                        sirets: string[];
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            contribution: "contributing" | "compensated" | "none";
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            delegatesToAls: boolean;
                            /** Format: int64 */
                            headcount: number | null;
                            /** Format: uuid */
                            id: string;
                            managers: {
                                /** Format: uuid */
                                accountId: string;
                                displayName: string;
                                email: string;
                                /** @description ISO 8601 instant */
                                invitedAt: string;
                            }[];
                            name: string;
                            siren: string;
                            sirets: string[];
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            space: {
                                /** @enum {string|null} */
                                status: "requested" | "configured" | "deployed" | "suspended" | null;
                                /** @description ISO 8601 instant */
                                updatedAt: string | null;
                            };
                            spaceHistory: {
                                action: string;
                                actorAccountId: string | null;
                                /** @description ISO 8601 instant */
                                at: string;
                                /** @enum {string|null} */
                                from: "requested" | "configured" | "deployed" | "suspended" | null;
                                reason: string | null;
                                /** @enum {string} */
                                to: "requested" | "configured" | "deployed" | "suspended";
                            }[];
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description SIREN or SIRET already held by a company */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid SIREN/SIRET */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company, its managers and its space history
         * @description Access: agent, admin, company_manager
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            contribution: "contributing" | "compensated" | "none";
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            delegatesToAls: boolean;
                            /** Format: int64 */
                            headcount: number | null;
                            /** Format: uuid */
                            id: string;
                            managers: {
                                /** Format: uuid */
                                accountId: string;
                                displayName: string;
                                email: string;
                                /** @description ISO 8601 instant */
                                invitedAt: string;
                            }[];
                            name: string;
                            siren: string;
                            sirets: string[];
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            space: {
                                /** @enum {string|null} */
                                status: "requested" | "configured" | "deployed" | "suspended" | null;
                                /** @description ISO 8601 instant */
                                updatedAt: string | null;
                            };
                            spaceHistory: {
                                action: string;
                                actorAccountId: string | null;
                                /** @description ISO 8601 instant */
                                at: string;
                                /** @enum {string|null} */
                                from: "requested" | "configured" | "deployed" | "suspended" | null;
                                reason: string | null;
                                /** @enum {string} */
                                to: "requested" | "configured" | "deployed" | "suspended";
                            }[];
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown, or another company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a company (a manager may only set delegatesToAls)
         * @description Access: agent, admin, company_manager
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addSirets?: string[];
                        /** @enum {string} */
                        contribution?: "contributing" | "compensated" | "none";
                        delegatesToAls?: boolean;
                        /** Format: int32 */
                        headcount?: number | null;
                        name?: string;
                        removeSirets?: string[];
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            contribution: "contributing" | "compensated" | "none";
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            delegatesToAls: boolean;
                            /** Format: int64 */
                            headcount: number | null;
                            /** Format: uuid */
                            id: string;
                            managers: {
                                /** Format: uuid */
                                accountId: string;
                                displayName: string;
                                email: string;
                                /** @description ISO 8601 instant */
                                invitedAt: string;
                            }[];
                            name: string;
                            siren: string;
                            sirets: string[];
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            space: {
                                /** @enum {string|null} */
                                status: "requested" | "configured" | "deployed" | "suspended" | null;
                                /** @description ISO 8601 instant */
                                updatedAt: string | null;
                            };
                            spaceHistory: {
                                action: string;
                                actorAccountId: string | null;
                                /** @description ISO 8601 instant */
                                at: string;
                                /** @enum {string|null} */
                                from: "requested" | "configured" | "deployed" | "suspended" | null;
                                reason: string | null;
                                /** @enum {string} */
                                to: "requested" | "configured" | "deployed" | "suspended";
                            }[];
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a field only ALS may change */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown, or another company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description SIRET held by another company */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid values */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{id}/candidacies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status of the company’s validated employees’ candidacies
         * @description Access: agent, admin, company_manager
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                demandId: string;
                                firstName: string;
                                lastName: string;
                                offerCommune: string;
                                offerTypology: string;
                                status: string;
                                /** @description ISO 8601 instant */
                                updatedAt: string;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown, or another company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description space not deployed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validation requests and employees, with their tranches and this year’s quota left
         * @description Access: agent, admin, company_manager
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "validated" | "rejected" | "withdrawn";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description ISO 8601 instant */
                                decidedAt: string | null;
                                /** Format: uuid */
                                demandId: string;
                                firstName: string;
                                lastName: string;
                                reason: string | null;
                                /** @description ISO 8601 instant */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "validated" | "rejected" | "withdrawn";
                                tranches: {
                                    /** @description ISO 8601 instant */
                                    grantedAt: string;
                                    reason: string;
                                    /** @enum {string} */
                                    tranche: "A" | "B" | "C";
                                    /** Format: int64 */
                                    year: number;
                                }[];
                                /** @description ISO 8601 instant */
                                validatedAt: string | null;
                                /** @enum {string|null} */
                                validatedBy: "manager" | "delegation" | null;
                                /** @description ISO 8601 instant */
                                withdrawnAt: string | null;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            quotas: {
                                /** Format: int64 */
                                left: number;
                                /** Format: int64 */
                                quota: number;
                                /** @enum {string} */
                                tranche: "A" | "B" | "C";
                                /** Format: int64 */
                                used: number;
                            }[];
                            /** Format: int64 */
                            total: number;
                            /** Format: int64 */
                            year: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown, or another company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description space not deployed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/employees/{demandId}/tranches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant tranche A, B or C to a validated employee (uses one unit of this year’s quota)
         * @description Access: company_manager
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    demandId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @enum {string} */
                        tranche: "A" | "B" | "C";
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            demandId: string;
                            /** @description ISO 8601 instant */
                            grantedAt: string;
                            quota: {
                                /** Format: int64 */
                                left: number;
                                /** Format: int64 */
                                quota: number;
                                /** Format: int64 */
                                used: number;
                            };
                            reason: string;
                            /** @enum {string} */
                            tranche: "A" | "B" | "C";
                            /** Format: int64 */
                            year: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown employee or company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description COMPANY.QUOTA_EXHAUSTED, COMPANY.TRANCHE_ALREADY_GRANTED, COMPANY.EMPLOYEE_NOT_VALIDATED */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description reason required */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/employees/{demandId}/tranches/{tranche}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a tranche (its unit goes back to the quota)
         * @description Access: company_manager
         */
        delete: {
            parameters: {
                query?: {
                    reason?: string;
                };
                header?: never;
                path: {
                    demandId: string;
                    id: string;
                    tranche: "A" | "B" | "C";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such grant, employee or company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/employees/{demandId}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate, reject (with a reason) or withdraw an employee’s employment
         * @description Access: company_manager
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    demandId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "validate" | "reject" | "withdraw";
                        /** @description required to reject */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 instant */
                            decidedAt: string | null;
                            /** Format: uuid */
                            demandId: string;
                            firstName: string;
                            lastName: string;
                            reason: string | null;
                            /** @description ISO 8601 instant */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "pending" | "validated" | "rejected" | "withdrawn";
                            tranches: {
                                /** @description ISO 8601 instant */
                                grantedAt: string;
                                reason: string;
                                /** @enum {string} */
                                tranche: "A" | "B" | "C";
                                /** Format: int64 */
                                year: number;
                            }[];
                            /** @description ISO 8601 instant */
                            validatedAt: string | null;
                            /** @enum {string|null} */
                            validatedBy: "manager" | "delegation" | null;
                            /** @description ISO 8601 instant */
                            withdrawnAt: string | null;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown employee or company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description decision impossible in the current status; space not deployed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description reason required */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The company’s housing policy: tranche descriptions (any signed-in user, deployed spaces); quotas for staff and its managers
         * @description Access: authenticated
         */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            /** Format: int64 */
                            headcount?: number | null;
                            /**
                             * Format: int64
                             * @description staff and managers: the most a tranche’s yearly quota may be, the company’s headcount (10 while the headcount is not known); above it 422 COMPANY.QUOTA_ABOVE_HEADCOUNT
                             */
                            quotaCeiling?: number;
                            /** @description staff and the company’s managers only */
                            quotas?: {
                                /** Format: int64 */
                                left: number;
                                /** Format: int64 */
                                quota: number;
                                /** @enum {string} */
                                tranche: "A" | "B" | "C";
                                /** Format: int64 */
                                used: number;
                            }[];
                            /** @enum {string|null} */
                            spaceStatus?: "requested" | "configured" | "deployed" | "suspended" | null;
                            tranches: {
                                description: string;
                                /** @enum {string} */
                                tranche: "A" | "B" | "C";
                                /** @description ISO 8601 instant */
                                updatedAt: string | null;
                            }[];
                            /**
                             * Format: int64
                             * @description staff and the company’s managers only
                             */
                            year?: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown company, or space not deployed */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /**
         * Set tranche descriptions and yearly quotas
         * @description Access: agent, admin, company_manager
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        descriptions?: {
                            A?: string;
                            B?: string;
                            C?: string;
                        };
                        quotas?: {
                            /** Format: int32 */
                            A?: number;
                            /** Format: int32 */
                            B?: number;
                            /** Format: int32 */
                            C?: number;
                        };
                        /**
                         * Format: int32
                         * @description quota year (default: the current year)
                         */
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            /** Format: int64 */
                            headcount?: number | null;
                            /**
                             * Format: int64
                             * @description staff and managers: the most a tranche’s yearly quota may be, the company’s headcount (10 while the headcount is not known); above it 422 COMPANY.QUOTA_ABOVE_HEADCOUNT
                             */
                            quotaCeiling?: number;
                            /** @description staff and the company’s managers only */
                            quotas?: {
                                /** Format: int64 */
                                left: number;
                                /** Format: int64 */
                                quota: number;
                                /** @enum {string} */
                                tranche: "A" | "B" | "C";
                                /** Format: int64 */
                                used: number;
                            }[];
                            /** @enum {string|null} */
                            spaceStatus?: "requested" | "configured" | "deployed" | "suspended" | null;
                            tranches: {
                                description: string;
                                /** @enum {string} */
                                tranche: "A" | "B" | "C";
                                /** @description ISO 8601 instant */
                                updatedAt: string | null;
                            }[];
                            /**
                             * Format: int64
                             * @description staff and the company’s managers only
                             */
                            year?: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown, or another company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description quota below the grants already made; space not open */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid year or values */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{id}/space": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Configure (invite managers, policy, quotas), deploy or suspend the company space
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "configure";
                        delegatesToAls?: boolean;
                        descriptions?: {
                            A?: string;
                            B?: string;
                            C?: string;
                        };
                        managers?: {
                            displayName: string;
                            /** Format: email */
                            email: string;
                        }[];
                        quotas?: {
                            /** Format: int32 */
                            A?: number;
                            /** Format: int32 */
                            B?: number;
                            /** Format: int32 */
                            C?: number;
                        };
                        /** Format: int32 */
                        year?: number;
                    } | {
                        /** @enum {string} */
                        action: "deploy";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        action: "suspend";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            contribution: "contributing" | "compensated" | "none";
                            /** @description ISO 8601 instant */
                            createdAt: string;
                            delegatesToAls: boolean;
                            /** Format: int64 */
                            headcount: number | null;
                            /** Format: uuid */
                            id: string;
                            managers: {
                                /** Format: uuid */
                                accountId: string;
                                displayName: string;
                                email: string;
                                /** @description ISO 8601 instant */
                                invitedAt: string;
                            }[];
                            name: string;
                            siren: string;
                            sirets: string[];
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            space: {
                                /** @enum {string|null} */
                                status: "requested" | "configured" | "deployed" | "suspended" | null;
                                /** @description ISO 8601 instant */
                                updatedAt: string | null;
                            };
                            spaceHistory: {
                                action: string;
                                actorAccountId: string | null;
                                /** @description ISO 8601 instant */
                                at: string;
                                /** @enum {string|null} */
                                from: "requested" | "configured" | "deployed" | "suspended" | null;
                                reason: string | null;
                                /** @enum {string} */
                                to: "requested" | "configured" | "deployed" | "suspended";
                            }[];
                            /** @description ISO 8601 instant */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown company */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description action impossible in the space’s status; manager email already used */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no manager and no delegation; invalid values */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/space-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Space requests, newest first
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: {
                    open?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                contactEmail: string;
                                contactName: string;
                                contactPhone: string | null;
                                /** @description ISO 8601 instant */
                                handledAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @description ISO 8601 instant */
                                requestedAt: string;
                                siret: string;
                                /** @enum {string|null} */
                                spaceStatus: "requested" | "configured" | "deployed" | "suspended" | null;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * A company asks for a company space (public)
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        companyName: string;
                        /** Format: email */
                        contactEmail: string;
                        contactName: string;
                        contactPhone?: string;
                        /** @description SIRET: 14 digits with a Luhn key */
                        siret: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description ISO 8601 instant */
                            receivedAt: string;
                            /** Format: uuid */
                            requestId: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid SIRET (format or check key) or contact */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many space requests from this address (Retry-After) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List demands: the applicant’s own; for agents, filtered and paged
         * @description Access: applicant, agent, admin
         */
        get: {
            parameters: {
                query?: {
                    dalo?: "true" | "false";
                    departement?: string;
                    documentsPending?: "true" | "false";
                    documentsRequested?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    /** @description find a person (agents): name (prefix of « nom prénom » or « prénom nom », accents and case ignored), e-mail (prefix), registration number or phone (exact) */
                    q?: string;
                    registeredFrom?: string;
                    registeredTo?: string;
                    registrationPending?: "true" | "false";
                    /** @description order of the list (default created_desc: newest first) */
                    sort?: "created_desc" | "created_asc" | "registration_asc" | "registration_desc" | "submitted_asc" | "submitted_desc";
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                applicantName: string;
                                /** Format: date-time */
                                createdAt: string;
                                dalo: boolean;
                                departement?: string;
                                documentsRequested: boolean;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                ownerAccountId: string;
                                /** Format: int64 */
                                pendingDocuments: number;
                                /**
                                 * Format: date
                                 * @example 1990-04-12
                                 */
                                registrationDate?: string;
                                registrationNumber?: string;
                                registrationPending: boolean;
                                /**
                                 * Format: date
                                 * @example 1990-04-12
                                 */
                                renewalDueDate?: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
                                /** Format: date-time */
                                submittedAt?: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a demand (draft)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DemandData"];
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the applicant already has a demand in progress (DEMAND.ALREADY_EXISTS) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data (e.g. a birth date in the future) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A demand’s full file, with its derived facts and history (reads by agents are audited)
         * @description Access: applicant, agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the demand data, section by section (an active demand stays active; changed facts are re-checked)
         * @description Access: applicant, agent, admin
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DemandDataPatch"];
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            data: components["schemas"]["DemandData"];
                            derived: {
                                /** @description declared facts that give points count only once checked (docs/scoring-facts.md) */
                                declaredFacts: {
                                    cal_history?: {
                                        /** Format: date-time */
                                        at?: string;
                                        /** @description the agent (back office only) */
                                        by?: string;
                                        documentId?: string;
                                        reason?: string;
                                        /**
                                         * @description agent: an agent’s check; registry: confirmed by the registry
                                         * @enum {string}
                                         */
                                        source?: "agent" | "registry";
                                        /** @enum {string} */
                                        state: "none" | "to_check" | "checked" | "not_retained";
                                        stateLabel: string;
                                    };
                                    dalo?: {
                                        /** Format: date-time */
                                        at?: string;
                                        /** @description the agent (back office only) */
                                        by?: string;
                                        documentId?: string;
                                        reason?: string;
                                        /**
                                         * @description agent: an agent’s check; registry: confirmed by the registry
                                         * @enum {string}
                                         */
                                        source?: "agent" | "registry";
                                        /** @enum {string} */
                                        state: "none" | "to_check" | "checked" | "not_retained";
                                        stateLabel: string;
                                    };
                                    mobility?: {
                                        /** Format: date-time */
                                        at?: string;
                                        /** @description the agent (back office only) */
                                        by?: string;
                                        documentId?: string;
                                        reason?: string;
                                        /**
                                         * @description agent: an agent’s check; registry: confirmed by the registry
                                         * @enum {string}
                                         */
                                        source?: "agent" | "registry";
                                        /** @enum {string} */
                                        state: "none" | "to_check" | "checked" | "not_retained";
                                        stateLabel: string;
                                    };
                                };
                                expectedHousingBenefit: number;
                                /** Format: int64 */
                                extraPersonUnits: number;
                                /** Format: int32 */
                                householdCategory: number;
                                householdCategoryExplanation: string;
                                /** @enum {string} */
                                householdCategoryRule: "household_size" | "young_couple" | "single_adult_with_dependants" | "disability";
                                /** Format: int64 */
                                householdSize: number;
                                mobilityChecked: boolean;
                                monthlyResources: number;
                                /**
                                 * Format: date
                                 * @example 1990-04-12
                                 */
                                onDate: string;
                                referenceIncome: {
                                    amount: number;
                                    /** @enum {string} */
                                    basis: "N-2" | "N-1";
                                    missing: string[];
                                    /** Format: int64 */
                                    year: number;
                                };
                            };
                            documentsRequest?: {
                                by?: string;
                                documentTypes: string[];
                                message: string;
                                /** Format: date-time */
                                requestedAt: string;
                            };
                            history: {
                                action: string;
                                /** @enum {string} */
                                actor: "applicant" | "agent" | "system";
                                /** Format: date-time */
                                at: string;
                                /** @description account of the agent (back office only) */
                                by?: string;
                                /** @enum {string} */
                                from: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
                                reason?: string;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
                            }[];
                            /** Format: uuid */
                            id: string;
                            lastRejection?: {
                                /** Format: date-time */
                                at: string;
                                by?: string;
                                reason: string;
                            };
                            notices: {
                                code: string;
                                message: string;
                            }[];
                            /** Format: uuid */
                            ownerAccountId: string;
                            /** Format: int64 */
                            pendingDocuments: number;
                            /** @description facts that change eligibility or the score and were changed: they are re-checked */
                            recheck: ("household" | "resources" | "reference_income" | "applicant_birth_date" | "employer" | "mobility" | "cal_history" | "housing_benefit" | "dalo")[];
                            /**
                             * Format: date
                             * @example 1990-04-12
                             */
                            registrationDate?: string;
                            registrationNumber?: string;
                            /** @description validated, waiting for the registry to deliver the number */
                            registrationPending: boolean;
                            registry?: string;
                            renewal: {
                                open: boolean;
                                /**
                                 * Format: date
                                 * @example 1990-04-12
                                 */
                                opensOn?: string;
                            };
                            /**
                             * Format: date
                             * @example 1990-04-12
                             */
                            renewalDueDate?: string;
                            /** @enum {string} */
                            source: "platform" | "registry";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt?: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            validatedAt?: string;
                            /** Format: int64 */
                            version: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/demands/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the demand
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demand’s documents and their verification state (a landlord: only the verified pieces of a candidate designated and transmitted on its offers, audited)
         * @description Access: applicant, agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SupportingDocument"][];
                            verification: {
                                message: string;
                                /** @enum {string} */
                                mode: "provider" | "manual";
                            };
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or document, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload supporting documents (multipart/form-data: documentType, person, taxYear, files[]); each file becomes a document, verification_pending at once
         * @description Access: applicant, agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @enum {string} */
                        documentType: "identity" | "residence_permit" | "tax_notice" | "payslip" | "employer_certificate" | "family_situation" | "current_housing" | "disability_card" | "pregnancy_certificate" | "resources_other" | "housing_benefit" | "eviction" | "violence" | "dalo_decision" | "other";
                        /** @description the files (PDF, JPEG or PNG, judged by their content); size and count capped by UPLOAD_MAX_FILE_BYTES and UPLOAD_MAX_FILES */
                        files: string[];
                        /** @description whom a per-person piece is about (default applicant); omitted for a household piece */
                        person?: string;
                        /**
                         * Format: uuid
                         * @description the rejected or expired piece this file replaces
                         */
                        replaces?: string;
                        /**
                         * Format: int32
                         * @description income year of a tax notice (required for tax_notice, refused otherwise)
                         */
                        taxYear?: number;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: components["schemas"]["SupportingDocument"][];
                            /** @description who checks the pieces: the verification provider, or an agent when none is configured */
                            verification: {
                                message: string;
                                /** @enum {string} */
                                mode: "provider" | "manual";
                            };
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or document, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the demand is closed, or would keep more files or bytes than UPLOAD_DEMAND_MAX_FILES / UPLOAD_DEMAND_MAX_BYTES (DOCUMENT.QUOTA_EXCEEDED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a file is larger than UPLOAD_MAX_FILE_BYTES (UPLOAD.LIMIT_FILE_SIZE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not a multipart/form-data request */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a file is not a PDF, JPEG or PNG by its content, or carries active content (a PDF with JavaScript, actions, embedded files or a form; markup; an archive) or cannot be parsed (DOCUMENT.TYPE_NOT_ALLOWED, the detail names what was found), an unsafe file name, a person or tax year that does not fit: nothing is stored */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description this account already has UPLOAD_MAX_CONCURRENT_PER_ACCOUNT uploads running (UPLOAD.TOO_MANY_AT_ONCE, Retry-After) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the process already receives UPLOAD_MAX_CONCURRENT uploads (UPLOAD.BUSY, Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/documents-provided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tell the agent that the requested pieces are there
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/documents/{docId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document’s metadata (never where or how it is stored)
         * @description Access: applicant, agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    docId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportingDocument"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or document, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Withdraw a piece uploaded by mistake, before any verdict (a rejected piece is replaced by a new upload with `replaces`)
         * @description Access: applicant
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    docId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or document, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description already decided on (DOCUMENT.NOT_DELETABLE) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/documents/{docId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The document’s file, decrypted, as an attachment (every read by someone other than the owner is audited; landlords only for a designated candidate)
         * @description Access: applicant, agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    docId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or document, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/documents/{docId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An agent’s own check of a piece: verified, or rejected with a reason
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    docId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "verified" | "rejected";
                        /** @description required when rejected */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupportingDocument"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or document, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description already decided on */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a rejection without a reason */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the demand’s household fits the offer: each check with its figures and a French and English explanation, zone, ceiling, effort rate
         * @description Access: applicant, agent, admin
         */
        get: {
            parameters: {
                query: {
                    offerId: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ceiling: number | null;
                            /** @description said when this year’s ceilings are not published yet */
                            ceilingNotice: {
                                en: string;
                                fr: string;
                            } | null;
                            /**
                             * Format: int64
                             * @description the year whose income ceilings decided: `year`, or the last published one when `year`’s are not published yet
                             */
                            ceilingYear: number | null;
                            checks: {
                                figures: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    fr: string;
                                };
                                passes: boolean;
                                /** @enum {string} */
                                rule: "income_ceiling" | "over_occupation" | "under_occupation" | "effort_rate" | "financing_supported";
                                /** @enum {string} */
                                severity: "blocking" | "warning";
                            }[];
                            decided: boolean;
                            demandId: string;
                            effortRate: number | null;
                            effortWarning: boolean;
                            fits: boolean;
                            /** Format: int64 */
                            householdCategory: number;
                            /** Format: int64 */
                            householdSize: number;
                            incomplete: string[];
                            offerId: string;
                            reasons: {
                                en: string;
                                fr: string;
                            }[];
                            /** Format: int64 */
                            year: number;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: {
                                en: string;
                                fr: string;
                            };
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand or offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/fact-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check (or uncheck, with a reason) a fact the applicant declared that gives points: mobility, DALO, CAL history (audited; a demand in instruction or active)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "check" | "uncheck";
                        /**
                         * Format: uuid
                         * @description the verified supporting piece (default: the latest verified piece of the expected type)
                         */
                        documentId?: string;
                        /**
                         * @description mobility (+70), dalo (a territory grid’s DALO points), cal_history (CAL refusal +40, home declined after a CAL −40)
                         * @enum {string}
                         */
                        fact: "mobility" | "dalo" | "cal_history";
                        /** @description required to uncheck */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not declared (DEMAND.FACT_NOT_DECLARED), no verified supporting piece (DEMAND.SUPPORTING_PIECE_MISSING), or not allowed in the demand’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description reason missing to uncheck */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/instruction-checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pieces to see verified before validating: an identity piece per adult, the tax notices of years N−2 and (when given) N−1
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstructionChecklist"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/registration-certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registration certificate of an active, registered demand as a PDF: number, first filing date (seniority), last renewal, next renewal date (the owner; an agent’s read is audited)
         * @description Access: applicant, agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not the caller’s (DEMAND.NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the demand has no registration number yet, or is closed (DEMAND.NOT_REGISTERED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the demand with a reason (it goes back to draft for correction)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the active demand (keeps its registration date)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/request-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the applicant for pieces, with a message
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        documentTypes?: ("identity" | "residence_permit" | "tax_notice" | "payslip" | "employer_certificate" | "family_situation" | "current_housing" | "disability_card" | "pregnancy_certificate" | "resources_other" | "housing_benefit" | "eviction" | "violence" | "dalo_decision" | "other")[];
                        message: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/start-instruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a submitted file for instruction
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the draft for instruction
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description incomplete demand (DEMAND.INCOMPLETE, per field) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate the demand: active; a new demand is registered with the registry by a queued job (registrationPending until then)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the agent checked the mobility declared on the demand (+70 once checked) */
                        mobilityChecked?: boolean;
                        /** @description validate although the instruction checklist is not complete; without it such a validation answers 409 DEMAND.PIECES_NOT_VERIFIED */
                        piecesOverride?: {
                            /** @description why the demand is validated without every expected piece verified (audited) */
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such demand, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the demand’s state, changed meanwhile, or expected pieces not verified without an override (DEMAND.PIECES_NOT_VERIFIED, with the pieces missing) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring back a demand from its registry — the national registry (SNE), or the regional shared file serving the département (`departement`) — step 1: its number and the applicant’s birth date. When they match, a one-time code is sent to the e-mail address the registry records for the demand (202, masked address); nothing of the demand is shown yet (200 with its id when this account imported it already). Registration numbers are unique per registry: the same number in two registries is two demands
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description the applicant’s birth date, as the registry holds it
                         * @example 1985-04-12
                         */
                        birthDate: string;
                        /**
                         * @description the département where the demand was filed: its registry is asked (GET /registry/for-departement/{code} names it)
                         * @example 35
                         */
                        departement?: string;
                        /** @example 0590625004217T0001 */
                        number: string;
                        /** @description the registry holding the demand (`sne`, or a shared file’s id such as `imhoweb`); when `departement` is given too, it must be that département’s registry */
                        registry?: string;
                    };
                };
            };
            responses: {
                /** @description imported already by this account (already_imported, demandId) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DemandImportStart"];
                    };
                };
                /** @description success */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DemandImportStart"];
                    };
                };
                /** @description invalid fields, or a `registry` the platform does not know */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown number, birth date not matching, or a number held by another account (DEMAND.NOT_FOUND, without saying which) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the applicant already has another demand in progress (DEMAND.ALREADY_EXISTS), or the registry records no e-mail address for the demand (DEMAND.IMPORT_NO_CONTACT) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `registry` is not the registry of `departement` (DEMAND.IMPORT_REGISTRY_MISMATCH, field `registry`, the French message names the right one) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many refused imports from this account or address, or for this registry number whatever the caller, in the window (DEMAND.IMPORT_THROTTLED): wait for Retry-After seconds, even with the right answer; or too many codes sent for this number (DEMAND.IMPORT_CODES_THROTTLED) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the registry (the SNE, or the département’s shared file, named in French in the answer) is down or not connected: try again later (Retry-After); nothing was created and the attempt is not counted */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demands/import/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring back a demand from its registry (SNE or regional shared file), step 2: the code received. The demand is created on the account, prefilled and active, keeping its registration date (201; 200 when already imported)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the `challengeId` answered by POST /demands/import
                         */
                        challengeId: string;
                        /**
                         * @description the 6-digit code sent to the registry’s contact address
                         * @example 048213
                         */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description imported already: the same demand */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Demand"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such pending import for this account (DEMAND.IMPORT_NOT_FOUND), or the demand was taken meanwhile (DEMAND.NOT_FOUND) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the code expired, was replaced by a newer one or has no tries left (DEMAND.IMPORT_CODE_EXPIRED: start again); another demand in progress (DEMAND.ALREADY_EXISTS) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description wrong code (DEMAND.IMPORT_CODE_INVALID, field `code`, `attemptsLeft`) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many refused imports from this account or address, or for this registry number whatever the caller, in the window (DEMAND.IMPORT_THROTTLED): wait for Retry-After seconds, even with the right answer */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the registry (the SNE, or the département’s shared file, named in French in the answer) is down or not connected: try again later (Retry-After); nothing was created and the attempt is not counted; the same code works again until it expires */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landlords referential (agents); a landlord’s users and systems see their own
         * @description Access: agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description name or SIREN contains */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                connectedByApi: boolean;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "ESH" | "OPH" | "SEM" | "COOP" | "other";
                                name: string;
                                regions: string[];
                                siren: string;
                                updatedAt: string;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a landlord to the referential (agent)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "ESH" | "OPH" | "SEM" | "COOP" | "other";
                        name: string;
                        /** @description INSEE region codes, e.g. ["11", "84"] */
                        regions?: string[];
                        /** @description nine digits (spaces allowed), Luhn key */
                        siren: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectedByApi: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ESH" | "OPH" | "SEM" | "COOP" | "other";
                            name: string;
                            regions: string[];
                            siren: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description SIREN already referenced */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A landlord
         * @description Access: agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectedByApi: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ESH" | "OPH" | "SEM" | "COOP" | "other";
                            name: string;
                            regions: string[];
                            siren: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a landlord (agent)
         * @description Access: agent, admin
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "ESH" | "OPH" | "SEM" | "COOP" | "other";
                        name?: string;
                        /** @description INSEE region codes, e.g. ["11", "84"] */
                        regions?: string[];
                        /** @description nine digits (spaces allowed), Luhn key */
                        siren?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectedByApi: boolean;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "ESH" | "OPH" | "SEM" | "COOP" | "other";
                            name: string;
                            regions: string[];
                            siren: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description SIREN already referenced */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/landlords/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landlord’s reservation agreements (flux) with units owed, published and allocated
         * @description Access: agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            departement: string;
                            /** @description « Rhône » */
                            departementName: string;
                            gap: {
                                /** Format: int64 */
                                allocated: number;
                                allocatedPercent: number | null;
                                fulfilled: boolean;
                                /** Format: int64 */
                                notYetAllocated: number;
                                /** Format: int64 */
                                owed: number;
                                /** Format: int64 */
                                published: number;
                                publishedPercent: number | null;
                                /** Format: int64 */
                                surplus: number;
                                /** Format: int64 */
                                toPublish: number;
                            };
                            /** @description « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
                            gapSentence: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            /** Format: int64 */
                            unitsOwed: number;
                            updatedAt: string;
                            /** Format: int64 */
                            year: number;
                        }[];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a reservation agreement for a département and a year (agent)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 69, 2A, 971… */
                        departement: string;
                        /** Format: int32 */
                        unitsOwed: number;
                        /** Format: int32 */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            departement: string;
                            /** @description « Rhône » */
                            departementName: string;
                            gap: {
                                /** Format: int64 */
                                allocated: number;
                                allocatedPercent: number | null;
                                fulfilled: boolean;
                                /** Format: int64 */
                                notYetAllocated: number;
                                /** Format: int64 */
                                owed: number;
                                /** Format: int64 */
                                published: number;
                                publishedPercent: number | null;
                                /** Format: int64 */
                                surplus: number;
                                /** Format: int64 */
                                toPublish: number;
                            };
                            /** @description « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
                            gapSentence: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            /** Format: int64 */
                            unitsOwed: number;
                            updatedAt: string;
                            /** Format: int64 */
                            year: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description an agreement exists for that département and year */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid figures, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agreement and where it stands
         * @description Access: agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            departement: string;
                            /** @description « Rhône » */
                            departementName: string;
                            gap: {
                                /** Format: int64 */
                                allocated: number;
                                allocatedPercent: number | null;
                                fulfilled: boolean;
                                /** Format: int64 */
                                notYetAllocated: number;
                                /** Format: int64 */
                                owed: number;
                                /** Format: int64 */
                                published: number;
                                publishedPercent: number | null;
                                /** Format: int64 */
                                surplus: number;
                                /** Format: int64 */
                                toPublish: number;
                            };
                            /** @description « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
                            gapSentence: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            /** Format: int64 */
                            unitsOwed: number;
                            updatedAt: string;
                            /** Format: int64 */
                            year: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the units owed (agent)
         * @description Access: agent, admin
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: int32 */
                        unitsOwed: number;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            departement: string;
                            /** @description « Rhône » */
                            departementName: string;
                            gap: {
                                /** Format: int64 */
                                allocated: number;
                                allocatedPercent: number | null;
                                fulfilled: boolean;
                                /** Format: int64 */
                                notYetAllocated: number;
                                /** Format: int64 */
                                owed: number;
                                /** Format: int64 */
                                published: number;
                                publishedPercent: number | null;
                                /** Format: int64 */
                                surplus: number;
                                /** Format: int64 */
                                toPublish: number;
                            };
                            /** @description « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
                            gapSentence: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            /** Format: int64 */
                            unitsOwed: number;
                            updatedAt: string;
                            /** Format: int64 */
                            year: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid figures */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/landlords/{id}/agreements/{agreementId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Yearly flux report: units proposed and allocated by commune, typology and financing. JSON, or CSV (`;`, UTF-8 with BOM) with Accept: text/csv or ?format=csv
         * @description Access: agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agreement: {
                                createdAt: string;
                                departement: string;
                                /** @description « Rhône » */
                                departementName: string;
                                gap: {
                                    /** Format: int64 */
                                    allocated: number;
                                    allocatedPercent: number | null;
                                    fulfilled: boolean;
                                    /** Format: int64 */
                                    notYetAllocated: number;
                                    /** Format: int64 */
                                    owed: number;
                                    /** Format: int64 */
                                    published: number;
                                    publishedPercent: number | null;
                                    /** Format: int64 */
                                    surplus: number;
                                    /** Format: int64 */
                                    toPublish: number;
                                };
                                /** @description « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
                                gapSentence: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                landlordId: string;
                                /** Format: int64 */
                                unitsOwed: number;
                                updatedAt: string;
                                /** Format: int64 */
                                year: number;
                            };
                            columns: string[];
                            landlord: {
                                id: string;
                                name: string;
                                siren: string;
                            };
                            rows: {
                                communeCode: string;
                                communeName: string;
                                departement: string;
                                financing: string;
                                /** Format: int64 */
                                typology: number;
                                /** Format: int64 */
                                unitsAllocated: number;
                                /** Format: int64 */
                                unitsProposed: number;
                            }[];
                            totals: {
                                /** Format: int64 */
                                unitsAllocated: number;
                                /** Format: int64 */
                                unitsProposed: number;
                            };
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landlord’s connected systems, newest first, revoked ones included (never a secret) (agents; the landlord’s users)
         * @description Access: agent, admin, landlord_user
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            clientId: string;
                            createdAt: string;
                            name: string;
                            /** @description set once revoked: no new token, its sessions ended */
                            revokedAt: string | null;
                        }[];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Connect the landlord’s system: client credentials for POST /auth/token (the secret is shown once) (agents; the landlord’s administrators)
         * @description Access: agent, admin, landlord_user
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            clientId: string;
                            /** @description shown once: store it now */
                            clientSecret: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}/api-clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a connected system: its client id gets no new token and its sessions end at once (agents; the landlord’s administrators)
         * @description Access: agent, admin, landlord_user
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            clientId: string;
                            createdAt: string;
                            name: string;
                            /** @description set once revoked: no new token, its sessions ended */
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or connected system, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landlord’s home in one read: the agreements of the year by département (units owed, published, allocated, gap, and the gap in a French sentence) and the offers waiting for it (sent back with a message; candidates transmitted, CAL decisions to record)
         * @description Access: agent, admin, landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the agreements of the year, by département */
                            agreements: {
                                createdAt: string;
                                departement: string;
                                /** @description « Rhône » */
                                departementName: string;
                                gap: {
                                    /** Format: int64 */
                                    allocated: number;
                                    allocatedPercent: number | null;
                                    fulfilled: boolean;
                                    /** Format: int64 */
                                    notYetAllocated: number;
                                    /** Format: int64 */
                                    owed: number;
                                    /** Format: int64 */
                                    published: number;
                                    publishedPercent: number | null;
                                    /** Format: int64 */
                                    surplus: number;
                                    /** Format: int64 */
                                    toPublish: number;
                                };
                                /** @description « Il reste 3 logements à proposer dans le Rhône. », or that the agreement is met */
                                gapSentence: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                landlordId: string;
                                /** Format: int64 */
                                unitsOwed: number;
                                updatedAt: string;
                                /** Format: int64 */
                                year: number;
                            }[];
                            /**
                             * Format: int64
                             * @description units still to propose over the year’s agreements
                             */
                            toPublish: number;
                            waiting: {
                                /** @description drafts sent back by Action Logement, to correct and submit again */
                                sentBack: {
                                    at: string;
                                    /** @description Action Logement’s message */
                                    message: string | null;
                                    offer: {
                                        accessible: boolean;
                                        addressLine: string;
                                        /** Format: uuid */
                                        agreementId: string | null;
                                        availableFrom: string;
                                        /**
                                         * Format: int64
                                         * @description candidacies on the offer
                                         */
                                        candidacyCount: number;
                                        charges: number;
                                        closingDate: string;
                                        communeCode: string;
                                        communeName: string | null;
                                        createdAt: string;
                                        departement: string;
                                        description: string | null;
                                        elevator: boolean;
                                        energyClass: string;
                                        epci: {
                                            code: string;
                                            name: string;
                                        } | null;
                                        financing: string;
                                        /** Format: int64 */
                                        floor: number;
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        landlordId: string;
                                        landlordName: string | null;
                                        /** Format: int64 */
                                        mainRooms: number;
                                        openForCandidacies: boolean;
                                        /** @description the landlord’s photos, in order (at most 10) */
                                        photos: {
                                            /** @description what the photo shows, for screen readers */
                                            alt: string | null;
                                            /** @description image/webp */
                                            contentType: string;
                                            /** Format: int64 */
                                            height: number;
                                            /** Format: uuid */
                                            id: string;
                                            /** Format: int64 */
                                            position: number;
                                            /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                            sizes: {
                                                /** @description 1600 px wide (never wider than the original) */
                                                large: string;
                                                /** @description 800 px wide */
                                                medium: string;
                                                /** @description 320 px wide */
                                                small: string;
                                            };
                                            /**
                                             * Format: int64
                                             * @description of the large size
                                             */
                                            width: number;
                                        }[];
                                        postalCode: string;
                                        publishedAt: string | null;
                                        rent: number;
                                        /** @enum {string} */
                                        status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                                        statusLabel: string;
                                        submittedAt: string | null;
                                        surface: number;
                                        totalRent: number;
                                        /** Format: int64 */
                                        typology: number;
                                        updatedAt: string;
                                        /** @enum {string} */
                                        zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                                        zoneLabel: string;
                                    };
                                }[];
                                /** @description offers whose designated candidates were transmitted: the CAL’s decisions to record */
                                toDecide: {
                                    accessible: boolean;
                                    addressLine: string;
                                    /** Format: uuid */
                                    agreementId: string | null;
                                    availableFrom: string;
                                    /**
                                     * Format: int64
                                     * @description candidacies on the offer
                                     */
                                    candidacyCount: number;
                                    charges: number;
                                    closingDate: string;
                                    communeCode: string;
                                    communeName: string | null;
                                    createdAt: string;
                                    departement: string;
                                    description: string | null;
                                    elevator: boolean;
                                    energyClass: string;
                                    epci: {
                                        code: string;
                                        name: string;
                                    } | null;
                                    financing: string;
                                    /** Format: int64 */
                                    floor: number;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    landlordId: string;
                                    landlordName: string | null;
                                    /** Format: int64 */
                                    mainRooms: number;
                                    openForCandidacies: boolean;
                                    /** @description the landlord’s photos, in order (at most 10) */
                                    photos: {
                                        /** @description what the photo shows, for screen readers */
                                        alt: string | null;
                                        /** @description image/webp */
                                        contentType: string;
                                        /** Format: int64 */
                                        height: number;
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: int64 */
                                        position: number;
                                        /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                        sizes: {
                                            /** @description 1600 px wide (never wider than the original) */
                                            large: string;
                                            /** @description 800 px wide */
                                            medium: string;
                                            /** @description 320 px wide */
                                            small: string;
                                        };
                                        /**
                                         * Format: int64
                                         * @description of the large size
                                         */
                                        width: number;
                                    }[];
                                    postalCode: string;
                                    publishedAt: string | null;
                                    rent: number;
                                    /** @enum {string} */
                                    status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                                    statusLabel: string;
                                    submittedAt: string | null;
                                    surface: number;
                                    totalRent: number;
                                    /** Format: int64 */
                                    typology: number;
                                    updatedAt: string;
                                    /** @enum {string} */
                                    zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                                    zoneLabel: string;
                                }[];
                            };
                            /**
                             * Format: int64
                             * @description the platform’s current year
                             */
                            year: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The landlord’s users of the landlord portal, with their rights and whether they accepted their invitation (agents; the landlord’s users)
         * @description Access: agent, admin, landlord_user
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            /** @description may invite and remove colleagues */
                            admin: boolean;
                            displayName: string;
                            email: string;
                            invitedAt: string;
                            /** @enum {string} */
                            status: "invited" | "active" | "disabled" | "other";
                            statusLabel: string;
                        }[];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a person of the landlord: an account with a one-time link by mail to choose a password (agents; the landlord’s administrators)
         * @description Access: agent, admin, landlord_user
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description may invite and remove colleagues (false by default) */
                        admin?: boolean;
                        displayName: string;
                        /** @description the person’s work address: the one-time link is mailed there */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            /** @description may invite and remove colleagues */
                            admin: boolean;
                            displayName: string;
                            email: string;
                            invitedAt: string;
                            /** @enum {string} */
                            status: "invited" | "active" | "disabled" | "other";
                            statusLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or agreement, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description an account exists with this address (IDENTITY.EMAIL_TAKEN) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid address or name, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/landlords/{id}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a user of the landlord: the account is disabled and its sessions end at once (agents; the landlord’s administrators, not themselves)
         * @description Access: agent, admin, landlord_user
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a landlord user who is not an administrator (LANDLORD.USER_ADMIN_ONLY) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such landlord or user, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description an administrator removing themself (LANDLORD.CANNOT_REMOVE_SELF) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in account
         * @description Access: authenticated
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            memberships: {
                                orgId: string;
                                /** @enum {string} */
                                orgKind: "company" | "landlord";
                            }[];
                            /** @enum {string} */
                            role: "applicant" | "company_manager" | "landlord_user" | "landlord_client" | "agent" | "admin";
                            status: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in applicant’s alerts
         * @description Access: applicant
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                criteria: {
                                    communeCodes: string[];
                                    maxRent?: number;
                                    typologies: number[];
                                };
                                /** Format: uuid */
                                id: string;
                                /** @description the day of the last mail (at most one a day) */
                                lastMailedOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Save a search: offers published from now on that match it and that the household fits are mailed, at most once a day (at most 5 alerts)
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description INSEE codes; empty: every commune
                         * @default []
                         */
                        communeCodes?: string[];
                        /** @description rent + charges, € per month */
                        maxRent?: number;
                        /**
                         * @description 1..6 (T1..T6); empty: every typology
                         * @default []
                         */
                        typologies?: number[];
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            criteria: {
                                communeCodes: string[];
                                maxRent?: number;
                                typologies: number[];
                            };
                            /** Format: uuid */
                            id: string;
                            /** @description the day of the last mail (at most one a day) */
                            lastMailedOn: string | null;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description already 5 alerts */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one of the signed-in applicant’s alerts
         * @description Access: applicant
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such alert, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the signed-in applicant’s account (GDPR): open candidacies withdrawn, demands anonymised, documents deleted, sessions revoked
         * @description Access: applicant
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            /** Format: int64 */
                            candidaciesWithdrawn: number;
                            /** Format: int64 */
                            demandsAnonymised: number;
                            /** Format: int64 */
                            demandsCancelled: number;
                            /** Format: int64 */
                            documentsDeleted: number;
                            erasedAt: string;
                            /** Format: int64 */
                            leasedDemands: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description wrong password */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description a candidacy is in a landlord’s hands (transmitted, CAL pending or accepted) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many wrong passwords */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All the data the platform holds about the signed-in applicant, as JSON (GDPR access and portability)
         * @description Access: applicant
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                createdAt: string;
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                role: string;
                                status: string;
                            };
                            /** @description the saved searches (alerts) */
                            alerts: {
                                createdAt: string;
                                criteria: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                lastMailedOn: string | null;
                            }[];
                            candidacies: ({
                                /** Format: uuid */
                                id: string;
                                status: string;
                                timeline: {
                                    [key: string]: unknown;
                                }[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            companyValidations: ({
                                /** Format: uuid */
                                demandId: string;
                                employerSiret: string;
                                status: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /** @description every demand with its dated history and its documents’ metadata (never a storage key nor a file) */
                            demands: ({
                                data: {
                                    [key: string]: unknown;
                                };
                                documents: {
                                    [key: string]: unknown;
                                }[];
                                history: {
                                    [key: string]: unknown;
                                }[];
                                /** Format: uuid */
                                id: string;
                                status: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            exportedAt: string;
                            notifications: {
                                candidacy: {
                                    [key: string]: unknown;
                                }[];
                                demand: {
                                    [key: string]: unknown;
                                }[];
                            };
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed in the signed-in applicant’s demand and candidacies, newest first (at most 100): the messages also sent by e-mail, each with its French title
         * @description Access: applicant
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                candidacyId?: string;
                                createdAt: string;
                                kind: string;
                                /** @description when the e-mail left; null while it waits */
                                mailedAt: string | null;
                                /** @enum {string} */
                                source: "demand" | "candidacy";
                                /** @description what changed, in French (the e-mail’s subject) */
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search offers: applicants and companies see published open offers; landlords their own; agents all (status filter). eligibleFor=me keeps the offers the applicant’s active demand fits
         * @description Access: authenticated
         */
        get: {
            parameters: {
                query?: {
                    accessible?: "0" | "1" | "true" | "false";
                    availableBefore?: string;
                    /** @description INSEE codes, comma-separated */
                    communes?: string | string[];
                    departement?: string;
                    /** @description applicants: only offers their active demand fits */
                    eligibleFor?: "me";
                    /** @description agents */
                    landlordId?: string;
                    /** @description rent + charges, € per month */
                    maxRent?: number | null;
                    page?: number;
                    pageSize?: number;
                    sort?: "recent" | "closing" | "submitted";
                    /** @description agents and landlords */
                    status?: string | string[];
                    /** @description T1 … T6, comma-separated */
                    typology?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accessible: boolean;
                                addressLine: string;
                                /** Format: uuid */
                                agreementId: string | null;
                                availableFrom: string;
                                /**
                                 * Format: int64
                                 * @description candidacies on the offer
                                 */
                                candidacyCount: number;
                                charges: number;
                                closingDate: string;
                                communeCode: string;
                                communeName: string | null;
                                createdAt: string;
                                departement: string;
                                description: string | null;
                                elevator: boolean;
                                /** @description applicants with an active demand */
                                eligibility?: {
                                    ceiling: number | null;
                                    /**
                                     * Format: int64
                                     * @description the year whose income ceilings decided: this year, or the last published one when this year’s are not published yet
                                     */
                                    ceilingYear: number | null;
                                    decided: boolean;
                                    demandId: string;
                                    effortRate: number | null;
                                    effortWarning: boolean;
                                    fits: boolean;
                                    reasons: {
                                        en: string;
                                        fr: string;
                                    }[];
                                };
                                energyClass: string;
                                epci: {
                                    code: string;
                                    name: string;
                                } | null;
                                financing: string;
                                /** Format: int64 */
                                floor: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                landlordId: string;
                                landlordName: string | null;
                                /** Format: int64 */
                                mainRooms: number;
                                openForCandidacies: boolean;
                                /** @description the landlord’s photos, in order (at most 10) */
                                photos: {
                                    /** @description what the photo shows, for screen readers */
                                    alt: string | null;
                                    /** @description image/webp */
                                    contentType: string;
                                    /** Format: int64 */
                                    height: number;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: int64 */
                                    position: number;
                                    /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                    sizes: {
                                        /** @description 1600 px wide (never wider than the original) */
                                        large: string;
                                        /** @description 800 px wide */
                                        medium: string;
                                        /** @description 320 px wide */
                                        small: string;
                                    };
                                    /**
                                     * Format: int64
                                     * @description of the large size
                                     */
                                    width: number;
                                }[];
                                postalCode: string;
                                publishedAt: string | null;
                                rent: number;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                                statusLabel: string;
                                submittedAt: string | null;
                                surface: number;
                                totalRent: number;
                                /** Format: int64 */
                                typology: number;
                                updatedAt: string;
                                /** @enum {string} */
                                zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                                zoneLabel: string;
                            }[];
                            /** Format: int64 */
                            page: number;
                            /** Format: int64 */
                            pageSize: number;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description eligibleFor=me by another role than applicant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description eligibleFor=me without an active demand (OFFER.NO_ACTIVE_DEMAND) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a draft offer (landlord). With an Idempotency-Key header, the same key twice returns the same offer (header Idempotent-Replayed: true); another body with the same key → 409
         * @description Access: landlord_user, landlord_client
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description accessible to a person with reduced mobility */
                        accessible?: boolean;
                        addressLine?: string;
                        /**
                         * Format: uuid
                         * @description the reservation agreement the offer counts against; picked automatically when absent
                         */
                        agreementId?: string | null;
                        /** @description YYYY-MM-DD */
                        availableFrom?: string;
                        /** @description € per month */
                        charges?: number;
                        /** @description last day (inclusive) of candidacies, YYYY-MM-DD */
                        closingDate?: string;
                        /** @description INSEE code of the commune (not the postal code), e.g. 69386 */
                        communeCode?: string;
                        description?: string;
                        elevator?: boolean;
                        /** @enum {string} */
                        energyClass?: "A" | "B" | "C" | "D" | "E" | "F" | "G";
                        /** @enum {string} */
                        financing?: "PLAI" | "PLUS" | "PLS" | "PLI";
                        /** Format: int32 */
                        floor?: number;
                        /** Format: int32 */
                        mainRooms?: number;
                        postalCode?: string;
                        /** @description € per month, charges excluded */
                        rent?: number;
                        /** @description living surface, m² */
                        surface?: number;
                        /** @description T1 … T6 (number or "T3") */
                        typology?: number | string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Idempotency-Key reused with another body (OFFER.IDEMPOTENCY_KEY_REUSED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data, per field (OFFER.INVALID_DATA) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An offer (with its dated history for its landlord and agents)
         * @description Access: authenticated
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** @description landlords and agents */
                            history?: {
                                action: string;
                                at: string;
                                by: string | null;
                                /** @enum {string} */
                                from: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                                /** @description the landlord an agent (`by`) acted for, from the back office */
                                onBehalfOf: string | null;
                                reason: string | null;
                                /** @enum {string} */
                                to: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft offer (landlord, own)
         * @description Access: landlord_user, landlord_client
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description accessible to a person with reduced mobility */
                        accessible?: boolean;
                        addressLine?: string;
                        /**
                         * Format: uuid
                         * @description the reservation agreement the offer counts against; picked automatically when absent
                         */
                        agreementId?: string | null;
                        /** @description YYYY-MM-DD */
                        availableFrom?: string;
                        /** @description € per month */
                        charges?: number;
                        /** @description last day (inclusive) of candidacies, YYYY-MM-DD */
                        closingDate?: string;
                        /** @description INSEE code of the commune (not the postal code), e.g. 69386 */
                        communeCode?: string;
                        description?: string;
                        elevator?: boolean;
                        /** @enum {string} */
                        energyClass?: "A" | "B" | "C" | "D" | "E" | "F" | "G";
                        /** @enum {string} */
                        financing?: "PLAI" | "PLUS" | "PLS" | "PLI";
                        /** Format: int32 */
                        floor?: number;
                        /** Format: int32 */
                        mainRooms?: number;
                        postalCode?: string;
                        /** @description € per month, charges excluded */
                        rent?: number;
                        /** @description living surface, m² */
                        surface?: number;
                        /** @description T1 … T6 (number or "T3") */
                        typology?: number | string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not a draft */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/offers/{id}/candidacies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many candidacies the offer has (anyone who may see it); agents also get the list in ranking order
         * @description Access: authenticated
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            candidacyCount: number;
                            items?: {
                                /** Format: uuid */
                                demandId: string;
                                /** Format: uuid */
                                id: string;
                                offer: {
                                    charges: number;
                                    communeCode: string;
                                    communeName: string | null;
                                    rent: number;
                                    /** Format: int64 */
                                    typology: number;
                                };
                                /** Format: uuid */
                                offerId: string;
                                /** Format: int64 */
                                rank: number | null;
                                /** @enum {string} */
                                status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                                /** Format: date-time */
                                statusChangedAt: string;
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string;
                                total: number | null;
                            }[];
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            page?: number;
                            /** Format: int64 */
                            pageSize?: number;
                            /** Format: int64 */
                            total?: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop candidacies now (agent); published offers also close by themselves after their closing date
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the offer’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description missing reason or invalid closing date */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/designated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The candidates transmitted to the landlord on its own offer: totals at designation and a demand summary (each read audited)
         * @description Access: landlord_user, landlord_client
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: int64 */
                                calRank: number | null;
                                calReason: string | null;
                                /** Format: uuid */
                                candidacyId: string;
                                demand: {
                                    candidate: {
                                        civility: string | null;
                                        email: string | null;
                                        firstName: string;
                                        lastName: string;
                                        phone: string | null;
                                    } | null;
                                    dalo: boolean;
                                    /** Format: int64 */
                                    dependants: number;
                                    expectedHousingBenefit: number;
                                    /** Format: int64 */
                                    householdCategory: number;
                                    /** Format: int64 */
                                    householdSize: number;
                                    monthlyResources: number;
                                    referenceIncome: number;
                                    registrationDate: string | null;
                                    registrationNumber: string | null;
                                } | null;
                                /** Format: uuid */
                                demandId: string;
                                /** Format: int64 */
                                rankAtDesignation: number | null;
                                /** @enum {string} */
                                status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                                statusLabel: string;
                                totalAtDesignation: number | null;
                            }[];
                            /** Format: uuid */
                            offerId: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/designation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Designate 1 to 3 candidates of the closed offer to its landlord, from the ranking frozen at its closing; out of rank order only with a justification, and a candidate designated or transmitted on another offer (outcome pending) only with elsewhereJustification (both kept in the audit trail)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidacyIds: string[];
                        elsewhereJustification?: string;
                        justification?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            designated: {
                                /** Format: uuid */
                                candidacyId: string;
                                /** Format: int64 */
                                rank: number;
                                total: number;
                            }[];
                            designatedElsewhere: string[];
                            /** Format: uuid */
                            offerId: string;
                            outOfOrder: boolean;
                            /** Format: int64 */
                            round: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description offer not closed, or the candidacies changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description count, unknown candidacies, justification missing (CANDIDACY.JUSTIFICATION_REQUIRED), or elsewhereJustification missing (CANDIDACY.DESIGNATED_ELSEWHERE) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/eligibility-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which household categories and sizes the offer suits: ceiling per category, occupants allowed (agent; landlord, own offer)
         * @description Access: landlord_user, landlord_client, agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ceilingNotice: {
                                en: string;
                                fr: string;
                            } | null;
                            ceilings: {
                                /** Format: int64 */
                                category: number;
                                ceiling: number | null;
                            }[];
                            ceilingsApply: boolean;
                            /** Format: int64 */
                            ceilingYear: number | null;
                            extraPerson: number | null;
                            financing: string;
                            occupants: {
                                /** Format: int64 */
                                max: number;
                                /** Format: int64 */
                                min: number;
                            } | null;
                            /** Format: int64 */
                            year: number;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every dated transition of the offer (landlord own, agent)
         * @description Access: landlord_user, landlord_client, agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            at: string;
                            by: string | null;
                            /** @enum {string} */
                            from: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            /** @description the landlord an agent (`by`) acted for, from the back office */
                            onBehalfOf: string | null;
                            reason: string | null;
                            /** @enum {string} */
                            to: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                        }[];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a photo to the offer (multipart/form-data: file, alt): JPEG, PNG or WebP by its content, at most 10 per offer; re-encoded in three widths (WebP) with every metadata (EXIF, GPS, XMP) removed (landlord own, or agent)
         * @description Access: landlord_user, landlord_client, agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        alt?: string;
                        /**
                         * Format: binary
                         * @description a JPEG, PNG or WebP photo (judged by its content), at most 10 MB
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what the photo shows, for screen readers */
                            alt: string | null;
                            /** @description image/webp */
                            contentType: string;
                            /** Format: int64 */
                            height: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: int64 */
                            position: number;
                            /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                            sizes: {
                                /** @description 1600 px wide (never wider than the original) */
                                large: string;
                                /** @description 800 px wide */
                                medium: string;
                                /** @description 320 px wide */
                                small: string;
                            };
                            /**
                             * Format: int64
                             * @description of the large size
                             */
                            width: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the offer already has 10 photos (OFFER.PHOTO_LIMIT_REACHED), or is allocated or withdrawn (OFFER.PHOTOS_LOCKED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description the photo is larger than 10 MB (UPLOAD.LIMIT_FILE_SIZE) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not a multipart/form-data request */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no photo, or not a JPEG, PNG or WebP image by its content (OFFER.PHOTO_TYPE_NOT_ALLOWED, field « file ») */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description this account already sends photos (UPLOAD.TOO_MANY_AT_ONCE) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description too many photos being sent at once (UPLOAD.BUSY) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a photo of the offer, its files deleted (landlord own, or agent)
         * @description Access: landlord_user, landlord_client, agent, admin
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer or photo, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description allocated or withdrawn offer (OFFER.PHOTOS_LOCKED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/photos/{photoId}/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One size of an offer’s photo (image/webp): to anyone, signed in or not, once the offer has been published (a home’s photo is not personal data: cached publicly); before, to its landlord and agents only
         * @description Access: public
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    photoId: string;
                    size: "small" | "medium" | "large";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer or photo, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/photos/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put the offer’s photos in a new order: every photo named once (landlord own, or agent)
         * @description Access: landlord_user, landlord_client, agent, admin
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description every photo of the offer, once, in the new order */
                        photoIds: string[];
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what the photo shows, for screen readers */
                            alt: string | null;
                            /** @description image/webp */
                            contentType: string;
                            /** Format: int64 */
                            height: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: int64 */
                            position: number;
                            /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                            sizes: {
                                /** @description 1600 px wide (never wider than the original) */
                                large: string;
                                /** @description 800 px wide */
                                medium: string;
                                /** @description 320 px wide */
                                small: string;
                            };
                            /**
                             * Format: int64
                             * @description of the large size
                             */
                            width: number;
                        }[];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description allocated or withdrawn offer (OFFER.PHOTOS_LOCKED) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not every photo once (OFFER.PHOTO_ORDER_INVALID) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the offer until its closing date (agent; closingDate overrides the landlord’s)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        closingDate?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the offer’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description missing reason or invalid closing date */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The candidates with rank, total and breakdown (agents): computed now while the offer is open (facts at most 2 s old), the ranking frozen at its closing afterwards (`frozen`); all of them, or one page with page/pageSize (50 by default); candidacyCount counts them all; candidates designated or transmitted on another offer, outcome pending, are flagged (`designatedElsewhere`)
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            candidacyCount: number;
                            frozen?: {
                                /** Format: date-time */
                                computedAt: string;
                                notice: string;
                                reason: string | null;
                                /** Format: int64 */
                                revision: number;
                                /** @enum {string} */
                                trigger: "closing" | "recomputation";
                            };
                            items: {
                                /** Format: uuid */
                                candidacyId: string;
                                /** Format: uuid */
                                demandId: string;
                                designatedElsewhere?: {
                                    /** Format: uuid */
                                    candidacyId: string;
                                    offer: {
                                        communeCode: string;
                                        communeName: string | null;
                                        /** Format: int64 */
                                        typology: number;
                                    };
                                    /** Format: uuid */
                                    offerId: string;
                                    /** @enum {string} */
                                    status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                                    /** Format: date-time */
                                    statusChangedAt: string;
                                    statusLabel: string;
                                }[];
                                designatedElsewhereNotice?: string;
                                eligibility?: {
                                    decided: boolean;
                                    effortRate: number | null;
                                    fits: boolean;
                                    reasons: {
                                        en: string;
                                        fr: string;
                                        rule: string;
                                    }[];
                                };
                                /** Format: int64 */
                                rank: number;
                                registrationDate: string;
                                score: {
                                    components: {
                                        als: number;
                                        alsClampedFrom?: number;
                                        balancing: number;
                                        company: number;
                                        territory: number;
                                        territoryEstablished: boolean;
                                    };
                                    criteria: {
                                        /** @enum {string} */
                                        component: "als" | "company" | "territory" | "balancing";
                                        criterion: string;
                                        /** @description the fact the criterion was computed from, in French */
                                        fact: string;
                                        label: {
                                            en: string;
                                            fr: string;
                                        };
                                        /** @description the criterion gives points (all or part of them) */
                                        met: boolean;
                                        points: number;
                                        /**
                                         * @description partly_met: part of a graduated criterion’s points; to_check: declared by the applicant, 0 points until an agent checks it
                                         * @enum {string}
                                         */
                                        status: "met" | "partly_met" | "not_met" | "to_check";
                                    }[];
                                    total: number;
                                };
                                /** @enum {string} */
                                status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string;
                            }[];
                            /** Format: uuid */
                            offerId: string;
                            offerStatus: string;
                            others: {
                                /** Format: uuid */
                                demandId: string;
                                /** Format: uuid */
                                id: string;
                                offer: {
                                    charges: number;
                                    communeCode: string;
                                    communeName: string | null;
                                    rent: number;
                                    /** Format: int64 */
                                    typology: number;
                                };
                                /** Format: uuid */
                                offerId: string;
                                /** @enum {string} */
                                status: "submitted" | "designated" | "transmitted" | "cal_accepted" | "cal_refused" | "cal_postponed" | "proposal_accepted" | "proposal_declined" | "leased" | "withdrawn" | "not_retained";
                                /** Format: date-time */
                                statusChangedAt: string;
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string;
                            }[];
                            /** Format: int64 */
                            page?: number;
                            /** Format: int64 */
                            pageSize?: number;
                            referenceDate: string;
                            /** Format: int64 */
                            round: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/ranking/recomputation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute the ranking frozen at the closing from the facts as they are now (same reference date), before designating, with a reason (audited): to take a corrected fact into account
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: int64 */
                            candidacyCount: number;
                            changes: {
                                /** Format: uuid */
                                candidacyId: string;
                                /** Format: int64 */
                                rankAfter: number | null;
                                /** Format: int64 */
                                rankBefore: number | null;
                                totalAfter: number | null;
                                totalBefore: number | null;
                            }[];
                            /** Format: date-time */
                            computedAt: string;
                            /** Format: uuid */
                            offerId: string;
                            /** Format: int64 */
                            previousRevision: number | null;
                            reason: string;
                            referenceDate: string;
                            /** Format: int64 */
                            revision: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description offer not closed, or candidates already designated (CANDIDACY.RANKING_NOT_RECOMPUTABLE) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description reason missing or too short (CANDIDACY.RECOMPUTE_REASON_REQUIRED) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/republish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the offer again when every designated candidate fell through, with a new closing date (agents)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @example 2026-04-30
                         */
                        closingDate: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closingDate: string;
                            /** Format: uuid */
                            offerId: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description designated candidates are still in the running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description closing date in the past */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the offer back to its landlord as a draft, with a message (agent)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the offer’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description missing reason or invalid closing date */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/start-instruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a submitted offer into instruction (agent)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the offer’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description missing reason or invalid closing date */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the draft to ALS (landlord, own); the agreement of its département and year is attached
         * @description Access: landlord_user, landlord_client
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the offer’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid data (e.g. closing date now past) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/transmission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the designated candidates’ files to the landlord (agents)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            offerId: string;
                            transmitted: string[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description nothing designated, or offer not designated */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the offer with a reason, before allocation (landlord own, or agent)
         * @description Access: landlord_user, landlord_client, agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessible: boolean;
                            addressLine: string;
                            /** Format: uuid */
                            agreementId: string | null;
                            availableFrom: string;
                            /**
                             * Format: int64
                             * @description candidacies on the offer
                             */
                            candidacyCount: number;
                            charges: number;
                            closingDate: string;
                            communeCode: string;
                            communeName: string | null;
                            createdAt: string;
                            departement: string;
                            description: string | null;
                            elevator: boolean;
                            energyClass: string;
                            epci: {
                                code: string;
                                name: string;
                            } | null;
                            financing: string;
                            /** Format: int64 */
                            floor: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            landlordId: string;
                            landlordName: string | null;
                            /** Format: int64 */
                            mainRooms: number;
                            openForCandidacies: boolean;
                            /** @description the landlord’s photos, in order (at most 10) */
                            photos: {
                                /** @description what the photo shows, for screen readers */
                                alt: string | null;
                                /** @description image/webp */
                                contentType: string;
                                /** Format: int64 */
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                position: number;
                                /** @description API paths of each size (GET, no sign-in needed once the offer is published) */
                                sizes: {
                                    /** @description 1600 px wide (never wider than the original) */
                                    large: string;
                                    /** @description 800 px wide */
                                    medium: string;
                                    /** @description 320 px wide */
                                    small: string;
                                };
                                /**
                                 * Format: int64
                                 * @description of the large size
                                 */
                                width: number;
                            }[];
                            postalCode: string;
                            publishedAt: string | null;
                            rent: number;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_instruction" | "published" | "closed" | "designated" | "transmitted" | "allocated" | "withdrawn";
                            statusLabel: string;
                            submittedAt: string | null;
                            surface: number;
                            totalRent: number;
                            /** Format: int64 */
                            typology: number;
                            updatedAt: string;
                            /** @enum {string} */
                            zone: "paris_and_bordering" | "ile_de_france_other" | "other_regions";
                            zoneLabel: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such offer, or not visible to the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not allowed in the offer’s state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description missing reason or invalid closing date */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every coded list of the demand (family situation, current housing, resources, contract, reasons …) with its French labels, by name
         * @description Access: public
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lists: {
                                civility?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                coApplicantLink?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                contractType?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                currentHousing?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                demandReason?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                documentType?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                familySituation?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                kinship?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                mobilityKind?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                nationality?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                resource?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                                typology?: {
                                    items: {
                                        code: string;
                                        label: string;
                                    }[];
                                    label: string;
                                };
                            };
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One coded list of the demand with its French labels
         * @description Access: public
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                label: string;
                            }[];
                            label: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such list */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/for-departement/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which registry holds the demands of a département: its regional shared file (Imhoweb, FCR, Habisoft…) where the platform is configured so, the national registry (SNE) otherwise, with the sentence the import form shows (e.g. « … enregistrée dans le fichier partagé Imhoweb ») and whether the platform is connected to it
         * @description Access: public
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepartementRegistry"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registry/pending-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What waits for the registries — the national registry (SNE) and the regional shared files configured — registrations, renewals and radiations not sent yet (tries, next attempt, last error; `failed` when given up), and where each registry’s daily feeds (struck-off, new DALO) stand
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegistryPendingWork"];
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/balancing-bonuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balancing bonuses: the active ones with their public reason (anyone, no sign-in needed); scope=all lists every bonus (agents)
         * @description Access: public
         */
        get: {
            parameters: {
                query?: {
                    scope?: "active" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** Format: uuid */
                                companyId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endDate: string;
                                /** Format: date-time */
                                endedAt: string;
                                epciCode: string | null;
                                /** Format: uuid */
                                id: string;
                                plannedEndDate: string;
                                /** Format: int64 */
                                points: number;
                                reason: string;
                                /** @enum {string|null} */
                                sizeClass: "PME" | "ETI" | "GE" | null;
                                startDate: string;
                                /** @enum {string} */
                                status: "scheduled" | "active" | "expired" | "ended";
                            } | {
                                /** Format: uuid */
                                companyId: string | null;
                                endDate: string;
                                epciCode: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                points: number;
                                reason: string;
                                /** @enum {string|null} */
                                sizeClass: "PME" | "ETI" | "GE" | null;
                                startDate: string;
                            })[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description scope=all without sign-in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description scope=all by another role than agent */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a balancing bonus for a size class, a company and/or an EPCI (all targets set must match), 0..240 points, with a public reason
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        companyId?: string;
                        /**
                         * Format: date
                         * @example 2026-06-30
                         */
                        endDate: string;
                        /** @example 200046977 */
                        epciCode?: string;
                        /** Format: int32 */
                        points: number;
                        reason: string;
                        /** @enum {string} */
                        sizeClass?: "PME" | "ETI" | "GE";
                        /**
                         * Format: date
                         * @example 2026-06-30
                         */
                        startDate: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            companyId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            endDate: string;
                            /** Format: date-time */
                            endedAt: string;
                            epciCode: string | null;
                            /** Format: uuid */
                            id: string;
                            plannedEndDate: string;
                            /** Format: int64 */
                            points: number;
                            reason: string;
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            startDate: string;
                            /** @enum {string} */
                            status: "scheduled" | "active" | "expired" | "ended";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid bonus, per field (SCORING.INVALID_BONUS) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/balancing-bonuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A balancing bonus (agents)
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            companyId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            endDate: string;
                            /** Format: date-time */
                            endedAt: string;
                            epciCode: string | null;
                            /** Format: uuid */
                            id: string;
                            plannedEndDate: string;
                            /** Format: int64 */
                            points: number;
                            reason: string;
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            startDate: string;
                            /** @enum {string} */
                            status: "scheduled" | "active" | "expired" | "ended";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such bonus */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a bonus (points, end date, reason; target and start date only before it starts), or end it with status=ended (no more from today)
         * @description Access: agent, admin
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        companyId?: string | null;
                        /**
                         * Format: date
                         * @example 2026-06-30
                         */
                        endDate?: string;
                        /** @example 200046977 */
                        epciCode?: string | null;
                        /** Format: int32 */
                        points?: number;
                        reason?: string;
                        /** @enum {string|null} */
                        sizeClass?: "PME" | "ETI" | "GE" | null;
                        /**
                         * Format: date
                         * @example 2026-06-30
                         */
                        startDate?: string;
                        /** @enum {string} */
                        status?: "ended";
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            companyId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            endDate: string;
                            /** Format: date-time */
                            endedAt: string;
                            epciCode: string | null;
                            /** Format: uuid */
                            id: string;
                            plannedEndDate: string;
                            /** Format: int64 */
                            points: number;
                            reason: string;
                            /** @enum {string|null} */
                            sizeClass: "PME" | "ETI" | "GE" | null;
                            startDate: string;
                            /** @enum {string} */
                            status: "scheduled" | "active" | "expired" | "ended";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such bonus */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description ended, or started and the target changed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid bonus, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/scoring/balancing-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allocations of the last 12 months by the employer’s size class at lease time, and the lagging class
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bySizeClass: {
                                /** Format: int64 */
                                allocations: number;
                                share: number | null;
                                /** @enum {string} */
                                sizeClass: "PME" | "ETI" | "GE" | "unknown";
                            }[];
                            from: string;
                            /** @enum {string|null} */
                            lagging: "PME" | "ETI" | "GE" | null;
                            to: string;
                            /** Format: int64 */
                            total: number;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/grid-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demand facts a territory grid criterion may test
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @enum {string} */
                                type: "number" | "boolean" | "string";
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/territory-grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Intercommunal scoring grids, by EPCI
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: {
                    epciCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                criteria: {
                                    fact: string;
                                    id: string;
                                    label: {
                                        en: string;
                                        fr: string;
                                    };
                                    /** @enum {string} */
                                    operator: "eq" | "gte" | "lte" | "in" | "true";
                                    /** Format: int64 */
                                    points: number;
                                    value?: string | number | boolean | (string | number | boolean)[];
                                }[];
                                epciCode: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: int64 */
                                maxPoints: number;
                                name: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create the scoring grid of an EPCI (at most one active per EPCI)
         * @description Access: agent, admin
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                        criteria: {
                            fact: string;
                            id?: string;
                            label: {
                                en?: string;
                                fr: string;
                            };
                            /** @enum {string} */
                            operator: "eq" | "gte" | "lte" | "in" | "true";
                            /** Format: int32 */
                            points: number;
                            value?: string | number | boolean | (string | number | boolean)[];
                        }[];
                        /** @example 200046977 */
                        epciCode: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            criteria: {
                                fact: string;
                                id: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @enum {string} */
                                operator: "eq" | "gte" | "lte" | "in" | "true";
                                /** Format: int64 */
                                points: number;
                                value?: string | number | boolean | (string | number | boolean)[];
                            }[];
                            epciCode: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: int64 */
                            maxPoints: number;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description another grid of the EPCI is active (SCORING.GRID_ALREADY_ACTIVE) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid grid, per field (SCORING.INVALID_GRID) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/territory-grids/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An intercommunal scoring grid
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            criteria: {
                                fact: string;
                                id: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @enum {string} */
                                operator: "eq" | "gte" | "lte" | "in" | "true";
                                /** Format: int64 */
                                points: number;
                                value?: string | number | boolean | (string | number | boolean)[];
                            }[];
                            epciCode: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: int64 */
                            maxPoints: number;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such grid */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, (de)activate or replace the criteria of a grid
         * @description Access: agent, admin
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        criteria?: {
                            fact: string;
                            id?: string;
                            label: {
                                en?: string;
                                fr: string;
                            };
                            /** @enum {string} */
                            operator: "eq" | "gte" | "lte" | "in" | "true";
                            /** Format: int32 */
                            points: number;
                            value?: string | number | boolean | (string | number | boolean)[];
                        }[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            criteria: {
                                fact: string;
                                id: string;
                                label: {
                                    en: string;
                                    fr: string;
                                };
                                /** @enum {string} */
                                operator: "eq" | "gte" | "lte" | "in" | "true";
                                /** Format: int64 */
                                points: number;
                                value?: string | number | boolean | (string | number | boolean)[];
                            }[];
                            epciCode: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: int64 */
                            maxPoints: number;
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description no such grid */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description another grid of the EPCI is active, or changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description invalid grid, per field */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The platform figures (demands, candidacies, offers, company spaces, landlords, applicants), each with its French label and definition, computed from the data
         * @description Access: agent, admin
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description when the figures were computed (they may be served from memory for STATS_CACHE_SECONDS)
                             */
                            computedAt: string;
                            figures: {
                                /** @description French definition: what is counted */
                                definition: string;
                                /** @enum {string} */
                                key: "demands" | "demandsDalo" | "registrationNumbersDelivered" | "candidacies" | "candidaciesPositioned" | "candidaciesToday" | "offersOnline" | "offersInInstruction" | "offersTransmitted" | "spaceRequests" | "spacesConfigured" | "spacesDeployed" | "landlords" | "landlordsConnected" | "applicants";
                                /** @description French label of the figure */
                                label: string;
                                /** @enum {string} */
                                section: "demands" | "candidacies" | "offers" | "companies" | "landlords" | "accounts";
                                /** @description French label of the section */
                                sectionLabel: string;
                                /** Format: int64 */
                                value: number;
                            }[];
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description role not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The verification provider’s verdict on a document (signed: X-Signature, X-Timestamp)
         * @description Access: public
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VerificationVerdict"];
                };
            };
            responses: {
                /** @description success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description ignored: the document was already decided on (repeated or late verdict)
                             * @enum {string}
                             */
                            status: "applied" | "ignored";
                        };
                    };
                };
                /** @description invalid request (problem+json with per-field errors) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description missing, wrong or stale signature (VERIFICATION.BAD_SIGNATURE) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description unknown providerRef (VERIFICATION.UNKNOWN_REF) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description signed body that is not a verdict */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            /** Format: int64 */
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Demand: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["DemandData"];
            derived: {
                /** @description declared facts that give points count only once checked (docs/scoring-facts.md) */
                declaredFacts: {
                    cal_history?: {
                        /** Format: date-time */
                        at?: string;
                        /** @description the agent (back office only) */
                        by?: string;
                        documentId?: string;
                        reason?: string;
                        /**
                         * @description agent: an agent’s check; registry: confirmed by the registry
                         * @enum {string}
                         */
                        source?: "agent" | "registry";
                        /** @enum {string} */
                        state: "none" | "to_check" | "checked" | "not_retained";
                        stateLabel: string;
                    };
                    dalo?: {
                        /** Format: date-time */
                        at?: string;
                        /** @description the agent (back office only) */
                        by?: string;
                        documentId?: string;
                        reason?: string;
                        /**
                         * @description agent: an agent’s check; registry: confirmed by the registry
                         * @enum {string}
                         */
                        source?: "agent" | "registry";
                        /** @enum {string} */
                        state: "none" | "to_check" | "checked" | "not_retained";
                        stateLabel: string;
                    };
                    mobility?: {
                        /** Format: date-time */
                        at?: string;
                        /** @description the agent (back office only) */
                        by?: string;
                        documentId?: string;
                        reason?: string;
                        /**
                         * @description agent: an agent’s check; registry: confirmed by the registry
                         * @enum {string}
                         */
                        source?: "agent" | "registry";
                        /** @enum {string} */
                        state: "none" | "to_check" | "checked" | "not_retained";
                        stateLabel: string;
                    };
                };
                expectedHousingBenefit: number;
                /** Format: int64 */
                extraPersonUnits: number;
                /** Format: int32 */
                householdCategory: number;
                householdCategoryExplanation: string;
                /** @enum {string} */
                householdCategoryRule: "household_size" | "young_couple" | "single_adult_with_dependants" | "disability";
                /** Format: int64 */
                householdSize: number;
                mobilityChecked: boolean;
                monthlyResources: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                onDate: string;
                referenceIncome: {
                    amount: number;
                    /** @enum {string} */
                    basis: "N-2" | "N-1";
                    missing: string[];
                    /** Format: int64 */
                    year: number;
                };
            };
            documentsRequest?: {
                by?: string;
                documentTypes: string[];
                message: string;
                /** Format: date-time */
                requestedAt: string;
            };
            history: {
                action: string;
                /** @enum {string} */
                actor: "applicant" | "agent" | "system";
                /** Format: date-time */
                at: string;
                /** @description account of the agent (back office only) */
                by?: string;
                /** @enum {string} */
                from: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
                reason?: string;
                /** @enum {string} */
                to: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
            }[];
            /** Format: uuid */
            id: string;
            lastRejection?: {
                /** Format: date-time */
                at: string;
                by?: string;
                reason: string;
            };
            notices: {
                code: string;
                message: string;
            }[];
            /** Format: uuid */
            ownerAccountId: string;
            /** Format: int64 */
            pendingDocuments: number;
            /**
             * Format: date
             * @example 1990-04-12
             */
            registrationDate?: string;
            registrationNumber?: string;
            /** @description validated, waiting for the registry to deliver the number */
            registrationPending: boolean;
            registry?: string;
            renewal: {
                open: boolean;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                opensOn?: string;
            };
            /**
             * Format: date
             * @example 1990-04-12
             */
            renewalDueDate?: string;
            /** @enum {string} */
            source: "platform" | "registry";
            /** @enum {string} */
            status: "draft" | "submitted" | "in_instruction" | "active" | "satisfied" | "cancelled" | "expired";
            statusLabel: string;
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            validatedAt?: string;
            /** Format: int64 */
            version: number;
        };
        DemandData: {
            applicant: {
                address?: {
                    abroad?: boolean;
                    /** @example 69386 */
                    communeCode: string;
                    line: string;
                    postalCode: string;
                };
                alimonyPaid?: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                birthDate: string;
                /** @enum {string} */
                civility?: "1" | "2";
                disabilityCard?: boolean;
                /** Format: email */
                email?: string;
                employment?: {
                    /** @enum {string} */
                    contractType?: "CDI" | "CDD" | "INT" | "APP" | "STA" | "FON" | "IND" | "AUT";
                    employerName?: string;
                    /** @example 44306184100047 */
                    employerSiret?: string;
                    profession?: string;
                    /**
                     * Format: date
                     * @example 1990-04-12
                     */
                    startDate?: string;
                    /** @example 69386 */
                    workplaceCommuneCode?: string;
                };
                /** @enum {string} */
                familySituation?: "M" | "C" | "D" | "V" | "P" | "L" | "S";
                firstName: string;
                lastName: string;
                /** @enum {string} */
                nationality?: "1" | "2" | "3";
                phone?: string;
                /** @default [] */
                resources: {
                    /** @enum {string} */
                    code: "SAL" | "CHO" | "RET" | "RSA" | "AF" | "PAJE" | "AAH" | "AEEH" | "PINV" | "PAR" | "BE" | "AJPP" | "AMV" | "AUT";
                    monthlyAmount: number;
                }[];
                taxIncome?: {
                    amountMinus1?: number;
                    amountMinus2?: number;
                    /** Format: int32 */
                    yearMinus1?: number;
                    /** Format: int32 */
                    yearMinus2?: number;
                };
            };
            calHistory?: {
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                declinedAfterCalOn?: string;
                refusedByCal?: boolean;
            };
            coApplicant?: {
                alimonyPaid?: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                birthDate: string;
                /** @enum {string} */
                civility?: "1" | "2";
                disabilityCard?: boolean;
                /** Format: email */
                email?: string;
                employment?: {
                    /** @enum {string} */
                    contractType?: "CDI" | "CDD" | "INT" | "APP" | "STA" | "FON" | "IND" | "AUT";
                    employerName?: string;
                    /** @example 44306184100047 */
                    employerSiret?: string;
                    profession?: string;
                    /**
                     * Format: date
                     * @example 1990-04-12
                     */
                    startDate?: string;
                    /** @example 69386 */
                    workplaceCommuneCode?: string;
                };
                /** @enum {string} */
                familySituation?: "M" | "C" | "D" | "V" | "P" | "L" | "S";
                firstName: string;
                lastName: string;
                /** @enum {string} */
                link: "M" | "P" | "L" | "A";
                /** @enum {string} */
                nationality?: "1" | "2" | "3";
                phone?: string;
                /** @default [] */
                resources: {
                    /** @enum {string} */
                    code: "SAL" | "CHO" | "RET" | "RSA" | "AF" | "PAJE" | "AAH" | "AEEH" | "PINV" | "PAR" | "BE" | "AJPP" | "AMV" | "AUT";
                    monthlyAmount: number;
                }[];
                taxIncome?: {
                    amountMinus1?: number;
                    amountMinus2?: number;
                    /** Format: int32 */
                    yearMinus1?: number;
                    /** Format: int32 */
                    yearMinus2?: number;
                };
            };
            currentHousing?: {
                /** @enum {string} */
                kind: "LP" | "LS" | "PO" | "HE" | "FO" | "SA" | "AU";
                monthlyRent?: number;
                /** Format: int32 */
                occupants?: number;
                /** Format: int32 */
                rooms?: number;
                surface?: number;
            };
            dalo?: boolean;
            expectedBirths?: {
                /** Format: int32 */
                count: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                expectedDate: string;
            };
            expectedHousingBenefit?: number;
            mobility?: {
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                date?: string;
                /** @example 69386 */
                fromCommuneCode?: string;
                /** @enum {string} */
                kind: "new_job" | "transfer";
                /** @example 69386 */
                toCommuneCode?: string;
            };
            /** @default [] */
            otherOccupants: {
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                birthDate: string;
                dependant: boolean;
                disabilityCard?: boolean;
                firstName?: string;
                /** @enum {string} */
                kinship: "E" | "A" | "C" | "O";
                lastName?: string;
                resources?: {
                    /** @enum {string} */
                    code: "SAL" | "CHO" | "RET" | "RSA" | "AF" | "PAJE" | "AAH" | "AEEH" | "PINV" | "PAR" | "BE" | "AJPP" | "AMV" | "AUT";
                    monthlyAmount: number;
                }[];
                sharedCustody?: boolean;
                taxIncome?: {
                    amountMinus1?: number;
                    amountMinus2?: number;
                    /** Format: int32 */
                    yearMinus1?: number;
                    /** Format: int32 */
                    yearMinus2?: number;
                };
            }[];
            /** @default [] */
            reasons: ("no_housing" | "hosted" | "too_expensive" | "too_small" | "too_big" | "unfit" | "disability" | "eviction" | "violence" | "divorce" | "family_growth" | "work_closer" | "new_job" | "transfer" | "retirement" | "other")[];
            /**
             * @default {
             *       "communeCodes": [],
             *       "typologies": []
             *     }
             */
            wishes: {
                accessibilityRequired?: boolean;
                communeCodes: string[];
                elevatorRequired?: boolean;
                maxRent?: number;
                typologies: number[];
            };
        };
        DemandDataPatch: {
            applicant?: {
                address?: {
                    abroad?: boolean;
                    /** @example 69386 */
                    communeCode: string;
                    line: string;
                    postalCode: string;
                };
                alimonyPaid?: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                birthDate: string;
                /** @enum {string} */
                civility?: "1" | "2";
                disabilityCard?: boolean;
                /** Format: email */
                email?: string;
                employment?: {
                    /** @enum {string} */
                    contractType?: "CDI" | "CDD" | "INT" | "APP" | "STA" | "FON" | "IND" | "AUT";
                    employerName?: string;
                    /** @example 44306184100047 */
                    employerSiret?: string;
                    profession?: string;
                    /**
                     * Format: date
                     * @example 1990-04-12
                     */
                    startDate?: string;
                    /** @example 69386 */
                    workplaceCommuneCode?: string;
                };
                /** @enum {string} */
                familySituation?: "M" | "C" | "D" | "V" | "P" | "L" | "S";
                firstName: string;
                lastName: string;
                /** @enum {string} */
                nationality?: "1" | "2" | "3";
                phone?: string;
                /** @default [] */
                resources: {
                    /** @enum {string} */
                    code: "SAL" | "CHO" | "RET" | "RSA" | "AF" | "PAJE" | "AAH" | "AEEH" | "PINV" | "PAR" | "BE" | "AJPP" | "AMV" | "AUT";
                    monthlyAmount: number;
                }[];
                taxIncome?: {
                    amountMinus1?: number;
                    amountMinus2?: number;
                    /** Format: int32 */
                    yearMinus1?: number;
                    /** Format: int32 */
                    yearMinus2?: number;
                };
            };
            calHistory?: {
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                declinedAfterCalOn?: string;
                refusedByCal?: boolean;
            } | null;
            coApplicant?: {
                alimonyPaid?: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                birthDate: string;
                /** @enum {string} */
                civility?: "1" | "2";
                disabilityCard?: boolean;
                /** Format: email */
                email?: string;
                employment?: {
                    /** @enum {string} */
                    contractType?: "CDI" | "CDD" | "INT" | "APP" | "STA" | "FON" | "IND" | "AUT";
                    employerName?: string;
                    /** @example 44306184100047 */
                    employerSiret?: string;
                    profession?: string;
                    /**
                     * Format: date
                     * @example 1990-04-12
                     */
                    startDate?: string;
                    /** @example 69386 */
                    workplaceCommuneCode?: string;
                };
                /** @enum {string} */
                familySituation?: "M" | "C" | "D" | "V" | "P" | "L" | "S";
                firstName: string;
                lastName: string;
                /** @enum {string} */
                link: "M" | "P" | "L" | "A";
                /** @enum {string} */
                nationality?: "1" | "2" | "3";
                phone?: string;
                /** @default [] */
                resources: {
                    /** @enum {string} */
                    code: "SAL" | "CHO" | "RET" | "RSA" | "AF" | "PAJE" | "AAH" | "AEEH" | "PINV" | "PAR" | "BE" | "AJPP" | "AMV" | "AUT";
                    monthlyAmount: number;
                }[];
                taxIncome?: {
                    amountMinus1?: number;
                    amountMinus2?: number;
                    /** Format: int32 */
                    yearMinus1?: number;
                    /** Format: int32 */
                    yearMinus2?: number;
                };
            } | null;
            currentHousing?: {
                /** @enum {string} */
                kind: "LP" | "LS" | "PO" | "HE" | "FO" | "SA" | "AU";
                monthlyRent?: number;
                /** Format: int32 */
                occupants?: number;
                /** Format: int32 */
                rooms?: number;
                surface?: number;
            } | null;
            dalo?: boolean | null;
            expectedBirths?: {
                /** Format: int32 */
                count: number;
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                expectedDate: string;
            } | null;
            expectedHousingBenefit?: number | null;
            mobility?: {
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                date?: string;
                /** @example 69386 */
                fromCommuneCode?: string;
                /** @enum {string} */
                kind: "new_job" | "transfer";
                /** @example 69386 */
                toCommuneCode?: string;
            } | null;
            otherOccupants?: {
                /**
                 * Format: date
                 * @example 1990-04-12
                 */
                birthDate: string;
                dependant: boolean;
                disabilityCard?: boolean;
                firstName?: string;
                /** @enum {string} */
                kinship: "E" | "A" | "C" | "O";
                lastName?: string;
                resources?: {
                    /** @enum {string} */
                    code: "SAL" | "CHO" | "RET" | "RSA" | "AF" | "PAJE" | "AAH" | "AEEH" | "PINV" | "PAR" | "BE" | "AJPP" | "AMV" | "AUT";
                    monthlyAmount: number;
                }[];
                sharedCustody?: boolean;
                taxIncome?: {
                    amountMinus1?: number;
                    amountMinus2?: number;
                    /** Format: int32 */
                    yearMinus1?: number;
                    /** Format: int32 */
                    yearMinus2?: number;
                };
            }[];
            reasons?: ("no_housing" | "hosted" | "too_expensive" | "too_small" | "too_big" | "unfit" | "disability" | "eviction" | "violence" | "divorce" | "family_growth" | "work_closer" | "new_job" | "transfer" | "retirement" | "other")[];
            wishes?: {
                accessibilityRequired?: boolean;
                communeCodes: string[];
                elevatorRequired?: boolean;
                maxRent?: number;
                typologies: number[];
            };
        };
        DemandImportStart: {
            /**
             * Format: uuid
             * @description code_sent: to send back with the code
             */
            challengeId?: string;
            /**
             * @description code_sent: where the code went
             * @enum {string}
             */
            channel?: "email";
            /**
             * Format: uuid
             * @description already_imported: the demand
             */
            demandId?: string;
            /**
             * Format: date-time
             * @description code_sent: the code is valid until then
             */
            expiresAt?: string;
            /**
             * @description code_sent (202): confirm with the code; already_imported (200): this account imported this demand already
             * @enum {string}
             */
            outcome: "code_sent" | "already_imported";
            /**
             * @description code_sent: the registry’s contact address, masked
             * @example n•••@e•••.org
             */
            sentTo?: string;
        };
        DepartementRegistry: {
            /** @description the platform is connected to it: an import can be made now */
            connected: boolean;
            departement: string;
            /**
             * @description the sentence the import form shows, in French
             * @example Dans ce département, votre demande de logement social est enregistrée dans le fichier partagé Imhoweb.
             */
            message: string;
            registry: {
                /** @description `sne`, or the shared file’s id */
                id: string;
                /**
                 * @description national: the SNE; shared_file: a regional shared file synchronised with it
                 * @enum {string}
                 */
                kind: "national" | "shared_file";
                /**
                 * @description how a French sentence names it
                 * @example le fichier partagé Imhoweb
                 */
                label: string;
                /** @example Imhoweb */
                name: string;
            };
        };
        InstructionChecklist: {
            complete: boolean;
            items: {
                documentId?: string;
                key: string;
                label: string;
                person: string;
                /** @enum {string} */
                state: "verified" | "pending" | "rejected" | "missing";
                stateLabel: string;
                /** Format: int64 */
                taxYear?: number;
                /** @enum {string} */
                type: "identity" | "tax_notice";
            }[];
            /**
             * Format: date
             * @example 1990-04-12
             */
            onDate: string;
        };
        RegistryPendingWork: {
            feeds: {
                /** @enum {string} */
                feed: "struck_off" | "new_dalo";
                lastError?: string;
                /** Format: date-time */
                lastRunAt?: string;
                /**
                 * Format: date
                 * @description the day of the last successful read: the next read starts there
                 */
                lastSuccessOn?: string;
                registry: string;
            }[];
            jobs: {
                /** Format: int32 */
                attempts: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                demandId?: string;
                /** Format: uuid */
                id: string;
                /** @description the durable job kind, e.g. `demand.registry-renewal` */
                kind: string;
                /** @description what the work is, in French */
                label: string;
                /** @description the last failure, as the worker recorded it */
                lastError?: string;
                /** Format: int32 */
                maxAttempts: number;
                /** Format: date-time */
                nextAttemptAt: string;
                /**
                 * @description pending: tried again at nextAttemptAt; failed: given up, a person must look
                 * @enum {string}
                 */
                status: "pending" | "failed";
            }[];
        };
        SupportingDocument: {
            /**
             * @description detected from the content
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @enum {string} */
            decidedBy?: "provider" | "agent" | "system";
            /** Format: uuid */
            demandId: string;
            fileDeleted: boolean;
            /** @description the name the file had, cleaned: for display only (files are stored under random keys) */
            fileName: string;
            history: {
                /** @enum {string} */
                actor: "uploader" | "agent" | "provider" | "system";
                /** Format: date-time */
                at: string;
                /** @description account of the agent (back office only) */
                by?: string;
                /** @enum {string} */
                from: "uploaded" | "verification_pending" | "verified" | "rejected" | "expired";
                reason?: string;
                /** @enum {string} */
                to: "uploaded" | "verification_pending" | "verified" | "rejected" | "expired";
            }[];
            /** Format: uuid */
            id: string;
            person?: string;
            rejectionReason?: string;
            /** Format: uuid */
            replacedById?: string;
            /** Format: uuid */
            replacesId?: string;
            sha256: string;
            /** Format: int64 */
            size: number;
            /** @enum {string} */
            status: "uploaded" | "verification_pending" | "verified" | "rejected" | "expired";
            statusLabel: string;
            /** Format: int64 */
            taxYear?: number;
            /** @enum {string} */
            type: "identity" | "residence_permit" | "tax_notice" | "payslip" | "employer_certificate" | "family_situation" | "current_housing" | "disability_card" | "pregnancy_certificate" | "resources_other" | "housing_benefit" | "eviction" | "violence" | "dalo_decision" | "other";
            typeLabel: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        VerificationVerdict: {
            /** Format: date-time */
            decidedAt: string;
            documentId?: string;
            /** @enum {string} */
            outcome: "verified" | "rejected";
            providerRef: string;
            reason?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
