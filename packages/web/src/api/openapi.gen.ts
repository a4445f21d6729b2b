/* Generated from docs/openapi.json by `npm run openapi`: do not edit. The server's route schemas are the source. */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务与数据库状态 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            database: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            database: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 */
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
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                                roleLabel: string;
                                org: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                                    divisionCode: string;
                                };
                                subjectId: string | null;
                                abilities: ("subject:list" | "subject:read" | "subject:create" | "subject:update" | "subject:reveal" | "subject:audit" | "org:list" | "org:manage" | "user:list" | "user:manage" | "audit:browse" | "dashboard:read" | "investigation:read" | "investigation:create" | "investigation:work" | "investigation:decide" | "case:register" | "case:intake" | "case:manage" | "transfer:apply" | "transfer:decide" | "transfer:arrive" | "case:close" | "deadline:list" | "notice:list" | "document:read" | "calendar:read" | "calendar:manage" | "template:manage" | "supervision:record" | "level:propose" | "level:decide" | "leave:request" | "leave:decide" | "sanction:propose" | "sanction:decide" | "alert:read" | "alert:handle" | "location:read" | "zone:manage" | "device:manage" | "device:bind" | "positioning:propose" | "positioning:decide")[];
                                mustChangePassword: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 完成，无内容 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                                roleLabel: string;
                                org: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                                    divisionCode: string;
                                };
                                subjectId: string | null;
                                abilities: ("subject:list" | "subject:read" | "subject:create" | "subject:update" | "subject:reveal" | "subject:audit" | "org:list" | "org:manage" | "user:list" | "user:manage" | "audit:browse" | "dashboard:read" | "investigation:read" | "investigation:create" | "investigation:work" | "investigation:decide" | "case:register" | "case:intake" | "case:manage" | "transfer:apply" | "transfer:decide" | "transfer:arrive" | "case:close" | "deadline:list" | "notice:list" | "document:read" | "calendar:read" | "calendar:manage" | "template:manage" | "supervision:record" | "level:propose" | "level:decide" | "leave:request" | "leave:decide" | "sanction:propose" | "sanction:decide" | "alert:read" | "alert:handle" | "location:read" | "zone:manage" | "device:manage" | "device:bind" | "positioning:propose" | "positioning:decide")[];
                                mustChangePassword: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 */
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
                /** @description 完成，无内容 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内机构 */
        get: {
            parameters: {
                query?: {
                    kind?: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                                kindLabel: string;
                                divisionCode: string;
                                parentId: string | null;
                                provinceId: string | null;
                                cityId: string | null;
                                countyId: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建机构 */
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
                        name: string;
                        /** @enum {string} */
                        kind: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                        parentId?: string | null;
                        divisionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                            kindLabel: string;
                            divisionCode: string;
                            parentId: string | null;
                            provinceId: string | null;
                            cityId: string | null;
                            countyId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改机构 */
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
                        name?: string;
                        divisionCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "province" | "city" | "county" | "office" | "court" | "procuratorate" | "police" | "prison";
                            kindLabel: string;
                            divisionCode: string;
                            parentId: string | null;
                            provinceId: string | null;
                            cityId: string | null;
                            countyId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    orgId?: string;
                    role?: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                                roleLabel: string;
                                orgId: string;
                                orgName: string;
                                active: boolean;
                                lockedUntil: string | null;
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建用户 */
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
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                        orgId: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                            roleLabel: string;
                            orgId: string;
                            orgName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改用户 */
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
                        displayName?: string;
                        /** @enum {string} */
                        role?: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                        orgId?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject";
                            roleLabel: string;
                            orgId: string;
                            orgName: string;
                            active: boolean;
                            lockedUntil: string | null;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 */
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
                        password: string;
                    };
                };
            };
            responses: {
                /** @description 完成，无内容 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定 */
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
                /** @description 完成，无内容 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 矫正对象列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                    category?: "01" | "02" | "03" | "04";
                    level?: "strict" | "normal" | "lenient";
                    officeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                idNumberMasked: string | null;
                                /** @enum {string} */
                                category: "01" | "02" | "03" | "04";
                                categoryLabel: string;
                                /** @enum {string} */
                                status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                                statusLabel: string;
                                /** @enum {string} */
                                level: "strict" | "normal" | "lenient";
                                levelLabel: string;
                                officeId: string;
                                officeName: string;
                                /** Format: date */
                                correctionStartOn: string;
                                /** Format: date */
                                correctionEndOn: string;
                                minor: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建矫正对象档案 */
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
                        name: string;
                        /** @enum {string} */
                        sex: "male" | "female";
                        ethnicity: string;
                        idNumber: string;
                        phone?: string;
                        householdAddress?: string;
                        householdDivisionCode?: string;
                        residenceAddress: string;
                        residenceDivisionCode: string;
                        /** @enum {string} */
                        category: "01" | "02" | "03" | "04";
                        crime: string;
                        sentence: {
                            /** @enum {string} */
                            penalty: "surveillance" | "criminal_detention" | "fixed_term" | "life" | "death_suspended";
                            termMonths?: number;
                            probationMonths?: number;
                            custodyDays?: number;
                            text?: string;
                        };
                        decidingAuthority: string;
                        judgmentNumber: string;
                        judgmentEffectiveOn?: string;
                        correctionStartOn: string;
                        correctionEndOn: string;
                        officeId: string;
                        /** @enum {string} */
                        level: "strict" | "normal" | "lenient";
                        receivedOn?: string;
                        minor?: boolean;
                        fourHistories?: ("01" | "02" | "03" | "04")[];
                        threeInvolvements?: ("01" | "02" | "03")[];
                        /** @enum {string} */
                        status?: "awaiting_report" | "in_correction";
                        investigationId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            idNumberMasked: string | null;
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            levelLabel: string;
                            officeId: string;
                            officeName: string;
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            minor: boolean;
                            ethnicity: string;
                            /** Format: date */
                            birthDate: string;
                            phoneMasked: string | null;
                            householdAddress: string | null;
                            householdDivisionCode: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string;
                            crime: string;
                            sentence: {
                                /** @enum {string} */
                                penalty: "surveillance" | "criminal_detention" | "fixed_term" | "life" | "death_suspended";
                                termMonths?: number;
                                probationMonths?: number;
                                custodyDays?: number;
                                text?: string;
                            };
                            decidingAuthority: string;
                            judgmentNumber: string;
                            judgmentEffectiveOn: string | null;
                            receivedOn: string | null;
                            releasedOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            investigationId: string | null;
                            fourHistories: ("01" | "02" | "03" | "04")[];
                            threeInvolvements: ("01" | "02" | "03")[];
                            hasPhoto: boolean;
                            countyId: string;
                            countyName: string;
                            archived: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查阅档案 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            idNumberMasked: string | null;
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            levelLabel: string;
                            officeId: string;
                            officeName: string;
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            minor: boolean;
                            ethnicity: string;
                            /** Format: date */
                            birthDate: string;
                            phoneMasked: string | null;
                            householdAddress: string | null;
                            householdDivisionCode: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string;
                            crime: string;
                            sentence: {
                                /** @enum {string} */
                                penalty: "surveillance" | "criminal_detention" | "fixed_term" | "life" | "death_suspended";
                                termMonths?: number;
                                probationMonths?: number;
                                custodyDays?: number;
                                text?: string;
                            };
                            decidingAuthority: string;
                            judgmentNumber: string;
                            judgmentEffectiveOn: string | null;
                            receivedOn: string | null;
                            releasedOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            investigationId: string | null;
                            fourHistories: ("01" | "02" | "03" | "04")[];
                            threeInvolvements: ("01" | "02" | "03")[];
                            hasPhoto: boolean;
                            countyId: string;
                            countyName: string;
                            archived: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
        /** 修改档案 */
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
                        name?: string;
                        /** @enum {string} */
                        sex?: "male" | "female";
                        ethnicity?: string;
                        idNumber?: string;
                        phone?: string | null;
                        householdAddress?: string | null;
                        householdDivisionCode?: string | null;
                        residenceAddress?: string;
                        residenceDivisionCode?: string;
                        /** @enum {string} */
                        category?: "01" | "02" | "03" | "04";
                        crime?: string;
                        sentence?: {
                            /** @enum {string} */
                            penalty: "surveillance" | "criminal_detention" | "fixed_term" | "life" | "death_suspended";
                            termMonths?: number;
                            probationMonths?: number;
                            custodyDays?: number;
                            text?: string;
                        };
                        decidingAuthority?: string;
                        judgmentNumber?: string;
                        judgmentEffectiveOn?: string | null;
                        correctionStartOn?: string;
                        correctionEndOn?: string;
                        officeId?: string;
                        /** @enum {string} */
                        level?: "strict" | "normal" | "lenient";
                        receivedOn?: string | null;
                        minor?: boolean;
                        fourHistories?: ("01" | "02" | "03" | "04")[];
                        threeInvolvements?: ("01" | "02" | "03")[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            idNumberMasked: string | null;
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            levelLabel: string;
                            officeId: string;
                            officeName: string;
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            minor: boolean;
                            ethnicity: string;
                            /** Format: date */
                            birthDate: string;
                            phoneMasked: string | null;
                            householdAddress: string | null;
                            householdDivisionCode: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string;
                            crime: string;
                            sentence: {
                                /** @enum {string} */
                                penalty: "surveillance" | "criminal_detention" | "fixed_term" | "life" | "death_suspended";
                                termMonths?: number;
                                probationMonths?: number;
                                custodyDays?: number;
                                text?: string;
                            };
                            decidingAuthority: string;
                            judgmentNumber: string;
                            judgmentEffectiveOn: string | null;
                            receivedOn: string | null;
                            releasedOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            investigationId: string | null;
                            fourHistories: ("01" | "02" | "03" | "04")[];
                            threeInvolvements: ("01" | "02" | "03")[];
                            hasPhoto: boolean;
                            countyId: string;
                            countyName: string;
                            archived: boolean;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/subjects/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整身份证号或电话（留痕） */
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
                        field: "idNumber" | "phone";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 照片 */
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
                /** @description 照片（JPEG 或 PNG） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** 上传照片（JPEG/PNG，≤2MB） */
        put: {
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
                /** @description 完成，无内容 */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 档案审计记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                /** Format: date-time */
                                at: string;
                                actorId: string | null;
                                actorUsername: string | null;
                                actorRole: ("admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject") | null;
                                actorRoleLabel: string | null;
                                action: string;
                                actionLabel: string;
                                resourceType: string;
                                resourceId: string | null;
                                subjectId: string | null;
                                ip: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    action?: string;
                    actorId?: string;
                    subjectId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                /** Format: date-time */
                                at: string;
                                actorId: string | null;
                                actorUsername: string | null;
                                actorRole: ("admin" | "province_supervisor" | "city_supervisor" | "county_officer" | "county_head" | "office_worker" | "social_worker" | "procurator" | "subject") | null;
                                actorRoleLabel: string | null;
                                action: string;
                                actionLabel: string;
                                resourceType: string;
                                resourceId: string | null;
                                subjectId: string | null;
                                ip: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作台统计 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inCorrection: {
                                total: number;
                                byCategory: {
                                    "01"?: number;
                                    "02"?: number;
                                    "03"?: number;
                                    "04"?: number;
                                };
                                byLevel: {
                                    strict?: number;
                                    normal?: number;
                                    lenient?: number;
                                };
                                byOffice: {
                                    officeId: string;
                                    officeName: string;
                                    count: number;
                                }[];
                            };
                            receivedThisMonth: number;
                            releasedThisMonth: number;
                            minors: number;
                            /** Format: date-time */
                            asOf: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查评估列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "received" | "assigned" | "concluded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                status: "received" | "assigned" | "concluded";
                                statusLabel: string;
                                commissioningOrgId: string;
                                commissioningOrgName: string;
                                commissionNumber: string | null;
                                /** Format: date */
                                receivedOn: string;
                                fastTrack: boolean;
                                /** Format: date */
                                dueOn: string;
                                dueProvisional: boolean;
                                /** Format: date */
                                originalDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                personName: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                /** Format: date */
                                birthDate: string;
                                minor: boolean;
                                idNumberMasked: string | null;
                                residenceAddress: string;
                                residenceDivisionCode: string | null;
                                /** @enum {string} */
                                proposedCategory: "01" | "02" | "03" | "04";
                                proposedCategoryLabel: string;
                                crime: string;
                                officeId: string | null;
                                officeName: string | null;
                                countyId: string;
                                countyName: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                opinionReasons: string | null;
                                opinionOn: string | null;
                                documentNumber: string | null;
                                copiedToProcuratorateOn: string | null;
                                subjectId: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记调查评估委托 */
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
                        commissioningOrgId: string;
                        commissionNumber?: string;
                        receivedOn: string;
                        fastTrack: boolean;
                        personName: string;
                        /** @enum {string} */
                        sex: "male" | "female";
                        idNumber: string;
                        residenceAddress: string;
                        residenceDivisionCode?: string;
                        /** @enum {string} */
                        proposedCategory: "01" | "02" | "03" | "04";
                        crime: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "received" | "assigned" | "concluded";
                            statusLabel: string;
                            commissioningOrgId: string;
                            commissioningOrgName: string;
                            commissionNumber: string | null;
                            /** Format: date */
                            receivedOn: string;
                            fastTrack: boolean;
                            /** Format: date */
                            dueOn: string;
                            dueProvisional: boolean;
                            /** Format: date */
                            originalDueOn: string;
                            extendedDueOn: string | null;
                            extensionReason: string | null;
                            personName: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            /** Format: date */
                            birthDate: string;
                            minor: boolean;
                            idNumberMasked: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string | null;
                            /** @enum {string} */
                            proposedCategory: "01" | "02" | "03" | "04";
                            proposedCategoryLabel: string;
                            crime: string;
                            officeId: string | null;
                            officeName: string | null;
                            countyId: string;
                            countyName: string;
                            opinion: ("suitable" | "unsuitable") | null;
                            opinionLabel: string | null;
                            opinionReasons: string | null;
                            opinionOn: string | null;
                            documentNumber: string | null;
                            copiedToProcuratorateOn: string | null;
                            subjectId: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查评估详情 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "received" | "assigned" | "concluded";
                            statusLabel: string;
                            commissioningOrgId: string;
                            commissioningOrgName: string;
                            commissionNumber: string | null;
                            /** Format: date */
                            receivedOn: string;
                            fastTrack: boolean;
                            /** Format: date */
                            dueOn: string;
                            dueProvisional: boolean;
                            /** Format: date */
                            originalDueOn: string;
                            extendedDueOn: string | null;
                            extensionReason: string | null;
                            personName: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            /** Format: date */
                            birthDate: string;
                            minor: boolean;
                            idNumberMasked: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string | null;
                            /** @enum {string} */
                            proposedCategory: "01" | "02" | "03" | "04";
                            proposedCategoryLabel: string;
                            crime: string;
                            officeId: string | null;
                            officeName: string | null;
                            countyId: string;
                            countyName: string;
                            opinion: ("suitable" | "unsuitable") | null;
                            opinionLabel: string | null;
                            opinionReasons: string | null;
                            opinionOn: string | null;
                            documentNumber: string | null;
                            copiedToProcuratorateOn: string | null;
                            subjectId: string | null;
                            version: number;
                            openSteps: ("assign" | "transcript" | "extend" | "opinion")[];
                            transcripts: {
                                id: string;
                                interviewee: string;
                                /** @enum {string} */
                                relation: "relative" | "committee" | "employer" | "victim" | "other";
                                relationLabel: string;
                                /** Format: date */
                                interviewedOn: string;
                                place: string | null;
                                content: string;
                                fileIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            timeline: {
                                id: string;
                                step: string;
                                stepLabel: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                summary: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                documentKind: string | null;
                                documentNumber: string | null;
                                transferId: string | null;
                                investigationId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查评估办理记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                step: string;
                                stepLabel: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                summary: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                documentKind: string | null;
                                documentNumber: string | null;
                                transferId: string | null;
                                investigationId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 指派司法所调查 */
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
                        officeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "received" | "assigned" | "concluded";
                            statusLabel: string;
                            commissioningOrgId: string;
                            commissioningOrgName: string;
                            commissionNumber: string | null;
                            /** Format: date */
                            receivedOn: string;
                            fastTrack: boolean;
                            /** Format: date */
                            dueOn: string;
                            dueProvisional: boolean;
                            /** Format: date */
                            originalDueOn: string;
                            extendedDueOn: string | null;
                            extensionReason: string | null;
                            personName: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            /** Format: date */
                            birthDate: string;
                            minor: boolean;
                            idNumberMasked: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string | null;
                            /** @enum {string} */
                            proposedCategory: "01" | "02" | "03" | "04";
                            proposedCategoryLabel: string;
                            crime: string;
                            officeId: string | null;
                            officeName: string | null;
                            countyId: string;
                            countyName: string;
                            opinion: ("suitable" | "unsuitable") | null;
                            opinionLabel: string | null;
                            opinionReasons: string | null;
                            opinionOn: string | null;
                            documentNumber: string | null;
                            copiedToProcuratorateOn: string | null;
                            subjectId: string | null;
                            version: number;
                            openSteps: ("assign" | "transcript" | "extend" | "opinion")[];
                            transcripts: {
                                id: string;
                                interviewee: string;
                                /** @enum {string} */
                                relation: "relative" | "committee" | "employer" | "victim" | "other";
                                relationLabel: string;
                                /** Format: date */
                                interviewedOn: string;
                                place: string | null;
                                content: string;
                                fileIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            timeline: {
                                id: string;
                                step: string;
                                stepLabel: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                summary: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                documentKind: string | null;
                                documentNumber: string | null;
                                transferId: string | null;
                                investigationId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/transcripts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加调查笔录 */
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
                        interviewee: string;
                        /** @enum {string} */
                        relation: "relative" | "committee" | "employer" | "victim" | "other";
                        interviewedOn: string;
                        place?: string;
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            interviewee: string;
                            /** @enum {string} */
                            relation: "relative" | "committee" | "employer" | "victim" | "other";
                            relationLabel: string;
                            /** Format: date */
                            interviewedOn: string;
                            place: string | null;
                            content: string;
                            fileIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/transcripts/{transcriptId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传笔录附件（PDF/JPEG/PNG，≤5MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transcriptId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileId: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/transcripts/{transcriptId}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 笔录附件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transcriptId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 笔录附件（PDF、JPEG 或 PNG） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 延长调查评估期限 */
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
                        workingDays: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "received" | "assigned" | "concluded";
                            statusLabel: string;
                            commissioningOrgId: string;
                            commissioningOrgName: string;
                            commissionNumber: string | null;
                            /** Format: date */
                            receivedOn: string;
                            fastTrack: boolean;
                            /** Format: date */
                            dueOn: string;
                            dueProvisional: boolean;
                            /** Format: date */
                            originalDueOn: string;
                            extendedDueOn: string | null;
                            extensionReason: string | null;
                            personName: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            /** Format: date */
                            birthDate: string;
                            minor: boolean;
                            idNumberMasked: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string | null;
                            /** @enum {string} */
                            proposedCategory: "01" | "02" | "03" | "04";
                            proposedCategoryLabel: string;
                            crime: string;
                            officeId: string | null;
                            officeName: string | null;
                            countyId: string;
                            countyName: string;
                            opinion: ("suitable" | "unsuitable") | null;
                            opinionLabel: string | null;
                            opinionReasons: string | null;
                            opinionOn: string | null;
                            documentNumber: string | null;
                            copiedToProcuratorateOn: string | null;
                            subjectId: string | null;
                            version: number;
                            openSteps: ("assign" | "transcript" | "extend" | "opinion")[];
                            transcripts: {
                                id: string;
                                interviewee: string;
                                /** @enum {string} */
                                relation: "relative" | "committee" | "employer" | "victim" | "other";
                                relationLabel: string;
                                /** Format: date */
                                interviewedOn: string;
                                place: string | null;
                                content: string;
                                fileIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            timeline: {
                                id: string;
                                step: string;
                                stepLabel: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                summary: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                documentKind: string | null;
                                documentNumber: string | null;
                                transferId: string | null;
                                investigationId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具调查评估意见 */
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
                        opinion: "suitable" | "unsuitable";
                        reasons: string;
                        opinionOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "received" | "assigned" | "concluded";
                            statusLabel: string;
                            commissioningOrgId: string;
                            commissioningOrgName: string;
                            commissionNumber: string | null;
                            /** Format: date */
                            receivedOn: string;
                            fastTrack: boolean;
                            /** Format: date */
                            dueOn: string;
                            dueProvisional: boolean;
                            /** Format: date */
                            originalDueOn: string;
                            extendedDueOn: string | null;
                            extensionReason: string | null;
                            personName: string;
                            /** @enum {string} */
                            sex: "male" | "female";
                            /** Format: date */
                            birthDate: string;
                            minor: boolean;
                            idNumberMasked: string | null;
                            residenceAddress: string;
                            residenceDivisionCode: string | null;
                            /** @enum {string} */
                            proposedCategory: "01" | "02" | "03" | "04";
                            proposedCategoryLabel: string;
                            crime: string;
                            officeId: string | null;
                            officeName: string | null;
                            countyId: string;
                            countyName: string;
                            opinion: ("suitable" | "unsuitable") | null;
                            opinionLabel: string | null;
                            opinionReasons: string | null;
                            opinionOn: string | null;
                            documentNumber: string | null;
                            copiedToProcuratorateOn: string | null;
                            subjectId: string | null;
                            version: number;
                            openSteps: ("assign" | "transcript" | "extend" | "opinion")[];
                            transcripts: {
                                id: string;
                                interviewee: string;
                                /** @enum {string} */
                                relation: "relative" | "committee" | "employer" | "victim" | "other";
                                relationLabel: string;
                                /** Format: date */
                                interviewedOn: string;
                                place: string | null;
                                content: string;
                                fileIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            timeline: {
                                id: string;
                                step: string;
                                stepLabel: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                summary: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                documentKind: string | null;
                                documentNumber: string | null;
                                transferId: string | null;
                                investigationId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请变更执行地 */
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
                        destinationOfficeId: string;
                        newResidenceAddress: string;
                        newResidenceDivisionCode: string;
                        reason: string;
                        plannedMoveOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执行地变更列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    direction?: "incoming" | "outgoing";
                    open?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可变更至的其他县（市、区）司法所 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                countyId: string | null;
                                countyName: string;
                                countyDivisionCode: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执行地变更详情 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 书面征求新执行地意见 */
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
                        consultedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新执行地回复意见 */
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
                        repliedOn: string;
                        accepts: boolean;
                        opinion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作出执行地变更决定 */
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
                        decidedOn: string;
                        approved: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}/files-moved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移交档案材料 */
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
                        movedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 到新执行地报到 */
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
                        reportedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/transfers/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回执行地变更申请 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                            statusLabel: string;
                            open: boolean;
                            originOfficeId: string;
                            originOfficeName: string;
                            originCountyId: string;
                            originCountyName: string;
                            destinationOfficeId: string;
                            destinationOfficeName: string;
                            destinationCountyId: string;
                            destinationCountyName: string;
                            newResidenceAddress: string;
                            newResidenceDivisionCode: string;
                            reason: string;
                            /** Format: date */
                            plannedMoveOn: string;
                            /** Format: date */
                            appliedOn: string;
                            consultedOn: string | null;
                            repliedOn: string | null;
                            replyAccepts: boolean | null;
                            replyOpinion: string | null;
                            decidedOn: string | null;
                            decisionDocumentNumber: string | null;
                            filesMovedOn: string | null;
                            arrivedOn: string | null;
                            closedReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 矫正对象的外出申请 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "approved" | "rejected" | "returned";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                officeName: string;
                                countyName: string;
                                /** Format: date */
                                startOn: string;
                                /** Format: date */
                                endOn: string;
                                days: number;
                                cumulativeDays: number;
                                destinationDivisionCode: string;
                                destinationAddress: string;
                                reason: string;
                                proofFileIds: string[];
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "returned";
                                statusLabel: string;
                                /** @enum {string} */
                                approvalLevel: "office" | "county" | "city";
                                approvalLevelLabel: string;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                documentNumber: string | null;
                                documentKind: string | null;
                                returnedOn: string | null;
                                daysLate: number | null;
                                late: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 外出申请 */
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
                        startOn: string;
                        endOn: string;
                        destinationDivisionCode: string;
                        destinationAddress: string;
                        reason: string;
                        proofFileIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            countyName: string;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            days: number;
                            cumulativeDays: number;
                            destinationDivisionCode: string;
                            destinationAddress: string;
                            reason: string;
                            proofFileIds: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "returned";
                            statusLabel: string;
                            /** @enum {string} */
                            approvalLevel: "office" | "county" | "city";
                            approvalLevelLabel: string;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            documentKind: string | null;
                            returnedOn: string | null;
                            daysLate: number | null;
                            late: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外出申请列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "approved" | "rejected" | "returned";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                officeName: string;
                                countyName: string;
                                /** Format: date */
                                startOn: string;
                                /** Format: date */
                                endOn: string;
                                days: number;
                                cumulativeDays: number;
                                destinationDivisionCode: string;
                                destinationAddress: string;
                                reason: string;
                                proofFileIds: string[];
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "returned";
                                statusLabel: string;
                                /** @enum {string} */
                                approvalLevel: "office" | "county" | "city";
                                approvalLevelLabel: string;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                documentNumber: string | null;
                                documentKind: string | null;
                                returnedOn: string | null;
                                daysLate: number | null;
                                late: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/leave-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查阅外出申请 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            countyName: string;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            days: number;
                            cumulativeDays: number;
                            destinationDivisionCode: string;
                            destinationAddress: string;
                            reason: string;
                            proofFileIds: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "returned";
                            statusLabel: string;
                            /** @enum {string} */
                            approvalLevel: "office" | "county" | "city";
                            approvalLevelLabel: string;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            documentKind: string | null;
                            returnedOn: string | null;
                            daysLate: number | null;
                            late: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/leave-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批外出申请 */
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
                        approve: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            countyName: string;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            days: number;
                            cumulativeDays: number;
                            destinationDivisionCode: string;
                            destinationAddress: string;
                            reason: string;
                            proofFileIds: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "returned";
                            statusLabel: string;
                            /** @enum {string} */
                            approvalLevel: "office" | "county" | "city";
                            approvalLevelLabel: string;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            documentKind: string | null;
                            returnedOn: string | null;
                            daysLate: number | null;
                            late: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/leave-requests/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 外出返回销假 */
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
                        returnedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            countyName: string;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            days: number;
                            cumulativeDays: number;
                            destinationDivisionCode: string;
                            destinationAddress: string;
                            reason: string;
                            proofFileIds: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "returned";
                            statusLabel: string;
                            /** @enum {string} */
                            approvalLevel: "office" | "county" | "city";
                            approvalLevelLabel: string;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            documentKind: string | null;
                            returnedOn: string | null;
                            daysLate: number | null;
                            late: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/court-bans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 禁止令 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                content: string;
                                places: string;
                                /** Format: date */
                                fromOn: string;
                                /** Format: date */
                                untilOn: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记禁止令 */
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
                        content: string;
                        places: string;
                        fromOn: string;
                        untilOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            content: string;
                            places: string;
                            /** Format: date */
                            fromOn: string;
                            /** Format: date */
                            untilOn: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/special-places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进入特定场所申请 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                courtBanId: string;
                                place: string;
                                reason: string;
                                /** Format: date */
                                fromOn: string;
                                /** Format: date */
                                untilOn: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                statusLabel: string;
                                decidedAt: string | null;
                                decisionComment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 申请进入特定场所 */
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
                        courtBanId: string;
                        place: string;
                        reason: string;
                        fromOn: string;
                        untilOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            courtBanId: string;
                            place: string;
                            reason: string;
                            /** Format: date */
                            fromOn: string;
                            /** Format: date */
                            untilOn: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            statusLabel: string;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/special-places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进入特定场所申请列表（待审批队列） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                courtBanId: string;
                                place: string;
                                reason: string;
                                /** Format: date */
                                fromOn: string;
                                /** Format: date */
                                untilOn: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                statusLabel: string;
                                decidedAt: string | null;
                                decisionComment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                                subjectName: string;
                                officeId: string;
                                officeName: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/special-places/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批进入特定场所 */
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
                        approve: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            courtBanId: string;
                            place: string;
                            reason: string;
                            /** Format: date */
                            fromOn: string;
                            /** Format: date */
                            untilOn: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            statusLabel: string;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脱管记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                /** Format: date */
                                lostOn: string;
                                circumstances: string;
                                /** @enum {string} */
                                status: "searching" | "found";
                                statusLabel: string;
                                foundOn: string | null;
                                outcome: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                closedAt: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 脱管，启动查找 */
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
                        lostOn: string;
                        circumstances: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            /** Format: date */
                            lostOn: string;
                            circumstances: string;
                            /** @enum {string} */
                            status: "searching" | "found";
                            statusLabel: string;
                            foundOn: string | null;
                            outcome: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            closedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/absences/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 脱管查找结果 */
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
                        foundOn: string;
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            /** Format: date */
                            lostOn: string;
                            circumstances: string;
                            /** @enum {string} */
                            status: "searching" | "found";
                            statusLabel: string;
                            foundOn: string | null;
                            outcome: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            closedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可配置规则 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                key: "case_rules" | "leave_rules" | "supervision_rules" | "sanction_rules";
                                label: string;
                                values: {
                                    [key: string]: unknown;
                                };
                                defaults: {
                                    [key: string]: unknown;
                                };
                                overrides: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/rules/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改可配置规则 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: "case_rules" | "leave_rules" | "supervision_rules" | "sanction_rules";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        values: Record<string, never>;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            key: "case_rules" | "leave_rules" | "supervision_rules" | "sanction_rules";
                            label: string;
                            values: {
                                [key: string]: unknown;
                            };
                            defaults: {
                                [key: string]: unknown;
                            };
                            overrides: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 矫正对象的奖惩记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                category: "01" | "02" | "03" | "04";
                                categoryLabel: string;
                                officeId: string;
                                officeName: string;
                                countyId: string;
                                /** @enum {string} */
                                kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                                kindLabel: string;
                                rule: string;
                                addressee: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                                statusLabel: string;
                                facts: string;
                                evidenceFileIds: string[];
                                proposedBy: string | null;
                                /** Format: date-time */
                                proposedAt: string;
                                /** Format: date */
                                proposedOn: string;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                documentKind: string | null;
                                documentNumber: string | null;
                                courtRulingDueOn: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提请奖惩 */
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
                        kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                        facts: string;
                        evidenceFileIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            categoryLabel: string;
                            officeId: string;
                            officeName: string;
                            countyId: string;
                            /** @enum {string} */
                            kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                            kindLabel: string;
                            rule: string;
                            addressee: string;
                            /** @enum {string} */
                            status: "proposed" | "approved" | "rejected";
                            statusLabel: string;
                            facts: string;
                            evidenceFileIds: string[];
                            proposedBy: string | null;
                            /** Format: date-time */
                            proposedAt: string;
                            /** Format: date */
                            proposedOn: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentKind: string | null;
                            documentNumber: string | null;
                            courtRulingDueOn: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按规则提示的奖惩建议 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            absenceDays: number;
                            suggestions: {
                                /** @enum {string} */
                                kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                                label: string;
                                rule: string;
                                grounds: string;
                                facts: ({
                                    /** @enum {string} */
                                    type: "sanction";
                                    id: string;
                                    /** @enum {string} */
                                    kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                                    label: string;
                                    decidedOn: string | null;
                                    facts: string;
                                } | {
                                    /** @enum {string} */
                                    type: "absence";
                                    days: number;
                                })[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 奖惩列表（待审批队列） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "proposed" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                category: "01" | "02" | "03" | "04";
                                categoryLabel: string;
                                officeId: string;
                                officeName: string;
                                countyId: string;
                                /** @enum {string} */
                                kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                                kindLabel: string;
                                rule: string;
                                addressee: string;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                                statusLabel: string;
                                facts: string;
                                evidenceFileIds: string[];
                                proposedBy: string | null;
                                /** Format: date-time */
                                proposedAt: string;
                                /** Format: date */
                                proposedOn: string;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                documentKind: string | null;
                                documentNumber: string | null;
                                courtRulingDueOn: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/sanctions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批奖惩提请 */
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
                        approve: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            categoryLabel: string;
                            officeId: string;
                            officeName: string;
                            countyId: string;
                            /** @enum {string} */
                            kind: "commendation" | "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest" | "reduction";
                            kindLabel: string;
                            rule: string;
                            addressee: string;
                            /** @enum {string} */
                            status: "proposed" | "approved" | "rejected";
                            statusLabel: string;
                            facts: string;
                            evidenceFileIds: string[];
                            proposedBy: string | null;
                            /** Format: date-time */
                            proposedAt: string;
                            /** Format: date */
                            proposedOn: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentKind: string | null;
                            documentNumber: string | null;
                            courtRulingDueOn: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 矫正对象的日常监管记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                /** @enum {string} */
                                kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours" | "immediate_report" | "visitor_report" | "check_in";
                                kindLabel: string;
                                /** Format: date-time */
                                occurredAt: string;
                                /** Format: date */
                                occurredOn: string;
                                place: string | null;
                                content: string;
                                hours: number | null;
                                fileIds: string[];
                                recordedBy: string | null;
                                recordedByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记日常监管记录 */
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
                        kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours" | "immediate_report" | "visitor_report" | "check_in";
                        /** Format: date-time */
                        occurredAt: string;
                        place?: string;
                        content: string;
                        hours?: number;
                        fileIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            /** @enum {string} */
                            kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours" | "immediate_report" | "visitor_report" | "check_in";
                            kindLabel: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: date */
                            occurredOn: string;
                            place: string | null;
                            content: string;
                            hours: number | null;
                            fileIds: string[];
                            recordedBy: string | null;
                            recordedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 矫正对象本期监管事项 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            periodStart: string | null;
                            /** Format: date */
                            today: string;
                            items: {
                                /** @enum {string} */
                                kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours";
                                kindLabel: string;
                                /** Format: date */
                                periodStart: string;
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                dueOn: string;
                                required: number;
                                /** @enum {string} */
                                unit: "times" | "hours";
                                achieved: number;
                                /** @enum {string} */
                                state: "done" | "pending" | "overdue";
                                stateLabel: string;
                                recordIds: string[];
                                rule: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区监管事项（默认逾期） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: "done" | "pending" | "overdue";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours";
                                kindLabel: string;
                                /** Format: date */
                                periodStart: string;
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                dueOn: string;
                                required: number;
                                /** @enum {string} */
                                unit: "times" | "hours";
                                achieved: number;
                                /** @enum {string} */
                                state: "done" | "pending" | "overdue";
                                stateLabel: string;
                                recordIds: string[];
                                rule: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                level: "strict" | "normal" | "lenient";
                                levelLabel: string;
                                officeId: string;
                                officeName: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/level-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理等级调整记录与建议 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                countyId: string;
                                /** @enum {string} */
                                fromLevel: "strict" | "normal" | "lenient";
                                fromLevelLabel: string;
                                /** @enum {string} */
                                toLevel: "strict" | "normal" | "lenient";
                                toLevelLabel: string;
                                grounds: string;
                                ruleIds: string[];
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                                statusLabel: string;
                                proposedBy: string | null;
                                /** Format: date-time */
                                proposedAt: string;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                version: number;
                            }[];
                            total: number;
                            suggestion: {
                                /** @enum {string} */
                                level: "strict" | "normal" | "lenient";
                                label: string;
                                grounds: {
                                    rule: string;
                                    /** @enum {string} */
                                    level: "strict" | "normal" | "lenient";
                                    reason: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提请调整管理等级 */
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
                        toLevel: "strict" | "normal" | "lenient";
                        grounds: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            countyId: string;
                            /** @enum {string} */
                            fromLevel: "strict" | "normal" | "lenient";
                            fromLevelLabel: string;
                            /** @enum {string} */
                            toLevel: "strict" | "normal" | "lenient";
                            toLevelLabel: string;
                            grounds: string;
                            ruleIds: string[];
                            /** @enum {string} */
                            status: "proposed" | "approved" | "rejected";
                            statusLabel: string;
                            proposedBy: string | null;
                            /** Format: date-time */
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/level-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管理等级调整列表（待审批队列） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "proposed" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                countyId: string;
                                /** @enum {string} */
                                fromLevel: "strict" | "normal" | "lenient";
                                fromLevelLabel: string;
                                /** @enum {string} */
                                toLevel: "strict" | "normal" | "lenient";
                                toLevelLabel: string;
                                grounds: string;
                                ruleIds: string[];
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected";
                                statusLabel: string;
                                proposedBy: string | null;
                                /** Format: date-time */
                                proposedAt: string;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/level-changes/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批管理等级调整 */
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
                        approve: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            countyId: string;
                            /** @enum {string} */
                            fromLevel: "strict" | "normal" | "lenient";
                            fromLevelLabel: string;
                            /** @enum {string} */
                            toLevel: "strict" | "normal" | "lenient";
                            toLevelLabel: string;
                            grounds: string;
                            ruleIds: string[];
                            /** @enum {string} */
                            status: "proposed" | "approved" | "rejected";
                            statusLabel: string;
                            proposedBy: string | null;
                            /** Format: date-time */
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/me/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的矫正概况与待办 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subject: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                category: "01" | "02" | "03" | "04";
                                categoryLabel: string;
                                /** @enum {string} */
                                status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                                statusLabel: string;
                                /** @enum {string} */
                                level: "strict" | "normal" | "lenient";
                                levelLabel: string;
                                /** Format: date */
                                correctionStartOn: string;
                                /** Format: date */
                                correctionEndOn: string;
                                officeName: string;
                            };
                            /** Format: date */
                            today: string;
                            daysRemaining: number;
                            duties: {
                                /** @enum {string} */
                                kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours";
                                kindLabel: string;
                                /** Format: date */
                                periodStart: string;
                                /** Format: date */
                                periodEnd: string;
                                /** Format: date */
                                dueOn: string;
                                required: number;
                                /** @enum {string} */
                                unit: "times" | "hours";
                                achieved: number;
                                /** @enum {string} */
                                state: "done" | "pending" | "overdue";
                                stateLabel: string;
                                recordIds: string[];
                                rule: string;
                            }[];
                            leaveRequests: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                officeName: string;
                                countyName: string;
                                /** Format: date */
                                startOn: string;
                                /** Format: date */
                                endOn: string;
                                days: number;
                                cumulativeDays: number;
                                destinationDivisionCode: string;
                                destinationAddress: string;
                                reason: string;
                                proofFileIds: string[];
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "returned";
                                statusLabel: string;
                                /** @enum {string} */
                                approvalLevel: "office" | "county" | "city";
                                approvalLevelLabel: string;
                                decidedOn: string | null;
                                decisionComment: string | null;
                                documentNumber: string | null;
                                documentKind: string | null;
                                returnedOn: string | null;
                                daysLate: number | null;
                                late: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                            recentRecords: {
                                id: string;
                                subjectId: string;
                                /** @enum {string} */
                                kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours" | "immediate_report" | "visitor_report" | "check_in";
                                kindLabel: string;
                                /** Format: date-time */
                                occurredAt: string;
                                /** Format: date */
                                occurredOn: string;
                                place: string | null;
                                content: string;
                                hours: number | null;
                                fileIds: string[];
                                recordedBy: string | null;
                                recordedByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                latitude: number | null;
                                longitude: number | null;
                                accuracy: number | null;
                            }[];
                            randomCheck: {
                                id: string;
                                /** Format: date-time */
                                dueAt: string;
                                note: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/me/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 手机签到 */
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
                        latitude: number;
                        longitude: number;
                        accuracy: number;
                        photo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            /** @enum {string} */
                            kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours" | "immediate_report" | "visitor_report" | "check_in";
                            kindLabel: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: date */
                            occurredOn: string;
                            place: string | null;
                            content: string;
                            hours: number | null;
                            fileIds: string[];
                            recordedBy: string | null;
                            recordedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            latitude: number | null;
                            longitude: number | null;
                            accuracy: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/me/thought-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交思想汇报 */
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
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            /** @enum {string} */
                            kind: "in_person_report" | "phone_report" | "thought_report" | "talk" | "home_visit" | "info_check" | "education_hours" | "service_hours" | "immediate_report" | "visitor_report" | "check_in";
                            kindLabel: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: date */
                            occurredOn: string;
                            place: string | null;
                            content: string;
                            hours: number | null;
                            fileIds: string[];
                            recordedBy: string | null;
                            recordedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            latitude: number | null;
                            longitude: number | null;
                            accuracy: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/me/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本人外出申请 */
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
                        startOn: string;
                        endOn: string;
                        destinationDivisionCode: string;
                        destinationAddress: string;
                        reason: string;
                        proofFileIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            countyName: string;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            days: number;
                            cumulativeDays: number;
                            destinationDivisionCode: string;
                            destinationAddress: string;
                            reason: string;
                            proofFileIds: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "returned";
                            statusLabel: string;
                            /** @enum {string} */
                            approvalLevel: "office" | "county" | "city";
                            approvalLevelLabel: string;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            documentKind: string | null;
                            returnedOn: string | null;
                            daysLate: number | null;
                            late: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/me/leave-requests/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本人外出返回销假 */
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
                        returnedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            countyName: string;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            days: number;
                            cumulativeDays: number;
                            destinationDivisionCode: string;
                            destinationAddress: string;
                            reason: string;
                            proofFileIds: string[];
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "returned";
                            statusLabel: string;
                            /** @enum {string} */
                            approvalLevel: "office" | "county" | "city";
                            approvalLevelLabel: string;
                            decidedOn: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            documentKind: string | null;
                            returnedOn: string | null;
                            daysLate: number | null;
                            late: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/me/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                step: string;
                                title: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 手机签到列表（新打卡） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "unconfirmed" | "confirmed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                officeName: string;
                                /** Format: date-time */
                                recordedAt: string;
                                latitude: number | null;
                                longitude: number | null;
                                accuracy: number | null;
                                place: string | null;
                                photoFileId: string | null;
                                photoUrl: string | null;
                                confirmed: boolean;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                confirmedByName: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/check-ins/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认手机签到 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            /** Format: date-time */
                            recordedAt: string;
                            latitude: number | null;
                            longitude: number | null;
                            accuracy: number | null;
                            place: string | null;
                            photoFileId: string | null;
                            photoUrl: string | null;
                            confirmed: boolean;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            confirmedByName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/check-ins/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签到照片 */
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
                /** @description 签到照片（JPEG 或 PNG） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件办理情况 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件时间轴（一人一档） */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                step: string;
                                stepLabel: string;
                                /** Format: date */
                                occurredOn: string;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                summary: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                documentKind: string | null;
                                documentNumber: string | null;
                                transferId: string | null;
                                investigationId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/handover-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记收到交付通知 */
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
                        receivedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/handover-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记交付文书 */
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
                        kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                        documentNumber?: string;
                        receivedOn: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/search-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记未报到查找情况 */
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
                        searchedOn: string;
                        measures: string;
                        result: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            step: string;
                            stepLabel: string;
                            /** Format: date */
                            occurredOn: string;
                            /** Format: date-time */
                            at: string;
                            actorName: string | null;
                            summary: string;
                            data: {
                                [key: string]: unknown;
                            };
                            documentKind: string | null;
                            documentNumber: string | null;
                            transferId: string | null;
                            investigationId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报到接收（入矫） */
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
                        reportedOn: string;
                        /** @enum {string} */
                        receptionMode: "01" | "02" | "03" | "99";
                        identityVerified: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/entry-announcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 入矫宣告 */
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
                        announcedOn: string;
                        place: string;
                        participants: string[];
                        content: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            step: string;
                            stepLabel: string;
                            /** Format: date */
                            occurredOn: string;
                            /** Format: date-time */
                            at: string;
                            actorName: string | null;
                            summary: string;
                            data: {
                                [key: string]: unknown;
                            };
                            documentKind: string | null;
                            documentNumber: string | null;
                            transferId: string | null;
                            investigationId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 确定矫正小组 */
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
                        members: {
                            name: string;
                            /** @enum {string} */
                            type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                            /** @enum {string} */
                            sex: "male" | "female";
                            phone?: string;
                            knowsMinors?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 制定或调整矫正方案 */
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
                        basicSituation: string;
                        riskAnalysis: string;
                        measures: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 生成执法文书（.docx） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "investigation-opinion" | "report-notice" | "entry-announcement" | "correction-plan" | "transfer-decision" | "release-certificate" | "termination-notice" | "reprimand-decision" | "warning-decision" | "police-penalty-proposal" | "revoke-probation-proposal" | "revoke-parole-proposal" | "committal-proposal" | "arrest-proposal" | "reduction-proposal" | "leave-approval-form" | "leave-certificate" | "positioning-approval";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 执法文书（.docx） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/investigations/{id}/documents/investigation-opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调查评估意见书（.docx） */
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
                /** @description 执法文书（.docx） */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/release-preparation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解矫准备（个人总结与鉴定） */
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
                        preparedOn: string;
                        personalSummary: string;
                        appraisal: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            step: string;
                            stepLabel: string;
                            /** Format: date */
                            occurredOn: string;
                            /** Format: date-time */
                            at: string;
                            actorName: string | null;
                            summary: string;
                            data: {
                                [key: string]: unknown;
                            };
                            documentKind: string | null;
                            documentNumber: string | null;
                            transferId: string | null;
                            investigationId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除社区矫正 */
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
                        releasedOn: string;
                        /** @enum {string} */
                        ground: "expiry" | "pardon";
                        conductSummary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/termination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止社区矫正 */
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
                        ground: "probation_revoked" | "parole_revoked" | "committal" | "death" | "other";
                        decidedOn: string;
                        rulingAuthority: string;
                        rulingNumber?: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归档 */
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
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subjectId: string;
                            name: string;
                            /** @enum {string} */
                            status: "investigating" | "awaiting_report" | "in_correction" | "transferring" | "released" | "terminated";
                            statusLabel: string;
                            archived: boolean;
                            archivedOn: string | null;
                            openSteps: ("register" | "record_handover" | "record_search" | "intake" | "announce_entry" | "set_team" | "revise_plan" | "apply_transfer" | "consult_transfer" | "reply_transfer" | "decide_transfer" | "refuse_transfer" | "move_transfer_files" | "arrive_transfer" | "withdraw_transfer" | "prepare_release" | "release" | "terminate" | "archive")[];
                            /** @enum {string} */
                            category: "01" | "02" | "03" | "04";
                            /** @enum {string} */
                            sex: "male" | "female";
                            minor: boolean;
                            /** @enum {string} */
                            level: "strict" | "normal" | "lenient";
                            /** Format: date */
                            correctionStartOn: string;
                            /** Format: date */
                            correctionEndOn: string;
                            /** Format: date */
                            releasePreparationDueOn: string;
                            judgmentEffectiveOn: string | null;
                            reportDueOn: string | null;
                            reportedOn: string | null;
                            receptionMode: ("01" | "02" | "03" | "99") | null;
                            handover: {
                                noticeReceivedOn: string | null;
                                documents: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    kindLabel: string;
                                    documentNumber: string | null;
                                    /** Format: date */
                                    receivedOn: string;
                                    note: string | null;
                                }[];
                                missing: {
                                    /** @enum {string} */
                                    kind: "judgment" | "parole_ruling" | "outside_execution_decision" | "execution_notice" | "investigation_opinion" | "guarantee" | "medical_diagnosis" | "other";
                                    label: string;
                                }[];
                                check: {
                                    /** Format: date */
                                    noticeDueOn: string;
                                    /** Format: date */
                                    documentsDueOn: string;
                                    noticeLate: boolean | null;
                                    documentsLate: boolean | null;
                                } | null;
                            };
                            announcement: {
                                /** Format: date */
                                announcedOn: string;
                                place: string;
                                participants: string[];
                                content: string;
                                documentNumber: string | null;
                            } | null;
                            releasePreparation: {
                                /** Format: date */
                                preparedOn: string;
                                personalSummary: string;
                                appraisal: string;
                            } | null;
                            team: {
                                name: string;
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "99";
                                typeLabel: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                phone: string | null;
                                knowsMinors: boolean;
                            }[];
                            plans: {
                                version: number;
                                basicSituation: string;
                                riskAnalysis: string;
                                measures: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            transfer: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                /** @enum {string} */
                                status: "applied" | "consulted" | "replied" | "decided" | "files_moved" | "completed" | "refused" | "withdrawn";
                                statusLabel: string;
                                open: boolean;
                                originOfficeId: string;
                                originOfficeName: string;
                                originCountyId: string;
                                originCountyName: string;
                                destinationOfficeId: string;
                                destinationOfficeName: string;
                                destinationCountyId: string;
                                destinationCountyName: string;
                                newResidenceAddress: string;
                                newResidenceDivisionCode: string;
                                reason: string;
                                /** Format: date */
                                plannedMoveOn: string;
                                /** Format: date */
                                appliedOn: string;
                                consultedOn: string | null;
                                repliedOn: string | null;
                                replyAccepts: boolean | null;
                                replyOpinion: string | null;
                                decidedOn: string | null;
                                decisionDocumentNumber: string | null;
                                filesMovedOn: string | null;
                                arrivedOn: string | null;
                                closedReason: string | null;
                                version: number;
                            } | null;
                            deadlines: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            investigation: {
                                id: string;
                                opinion: ("suitable" | "unsuitable") | null;
                                opinionLabel: string | null;
                                documentNumber: string | null;
                            } | null;
                            closure: {
                                /** @enum {string} */
                                type: "01" | "02" | "03" | "04" | "99";
                                typeLabel: string;
                                ground: string | null;
                                on: string | null;
                            } | null;
                            notices: {
                                id: string;
                                kind: string;
                                title: string;
                                recipientName: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 期限列表（即将到期/已逾期） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: "overdue" | "due_soon" | "open";
                    kind?: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                    officeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "investigation_opinion" | "handover_documents" | "report" | "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report" | "release_preparation" | "release" | "court_ruling" | "leave_return";
                                kindLabel: string;
                                rule: string | null;
                                /** Format: date */
                                dueOn: string;
                                provisional: boolean;
                                /** @enum {string} */
                                state: "overdue" | "due_soon" | "open" | "met" | "cancelled";
                                subjectId: string | null;
                                investigationId: string | null;
                                transferId: string | null;
                                caseName: string | null;
                                officeId: string | null;
                                closedOn: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                body: string;
                                subjectId: string | null;
                                investigationId: string | null;
                                deadlineId: string | null;
                                documentKind: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                read: boolean;
                                readAt: string | null;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/notices/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记通知已读 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            body: string;
                            subjectId: string | null;
                            investigationId: string | null;
                            deadlineId: string | null;
                            documentKind: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            read: boolean;
                            readAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历（节假日与调休安排） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: {
                                year: number;
                                source: string;
                                /** Format: date-time */
                                loadedAt: string;
                            }[];
                            days: {
                                /** Format: date */
                                date: string;
                                working: boolean;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 导入或修改某年度节假日安排 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        source?: string;
                        days: {
                            date: string;
                            working: boolean;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            days: {
                                /** Format: date */
                                date: string;
                                working: boolean;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/case-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件期限等可配置规则 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            investigationWorkingDays: number;
                            investigationFastTrackWorkingDays: number;
                            investigationMaxExtensionWorkingDays: number;
                            handoverNoticeDays: number;
                            handoverDocumentsDays: number;
                            reportDays: number;
                            transferApplyAheadDays: number;
                            transferConsultDays: number;
                            transferReplyDays: number;
                            transferFilesDays: number;
                            transferReportDays: number;
                            releasePreparationDays: number;
                            initialStrictMonths: number;
                            dueSoonDays: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/document-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执法文书模板（本省现行） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "investigation-opinion" | "report-notice" | "entry-announcement" | "correction-plan" | "transfer-decision" | "release-certificate" | "termination-notice" | "reprimand-decision" | "warning-decision" | "police-penalty-proposal" | "revoke-probation-proposal" | "revoke-parole-proposal" | "committal-proposal" | "arrest-proposal" | "reduction-proposal" | "leave-approval-form" | "leave-certificate" | "positioning-approval";
                                label: string;
                                fields: {
                                    key: string;
                                    label: string;
                                }[];
                                template: {
                                    title: string;
                                    numberWord: string;
                                    addressee: string | null;
                                    body: string[];
                                    cc: string | null;
                                };
                                customised: boolean;
                                updatedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/document-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改本省文书模板 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "investigation-opinion" | "report-notice" | "entry-announcement" | "correction-plan" | "transfer-decision" | "release-certificate" | "termination-notice" | "reprimand-decision" | "warning-decision" | "police-penalty-proposal" | "revoke-probation-proposal" | "revoke-parole-proposal" | "committal-proposal" | "arrest-proposal" | "reduction-proposal" | "leave-approval-form" | "leave-certificate" | "positioning-approval";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        template: {
                            title: string;
                            numberWord: string;
                            addressee?: string | null;
                            body: string[];
                            cc?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "investigation-opinion" | "report-notice" | "entry-announcement" | "correction-plan" | "transfer-decision" | "release-certificate" | "termination-notice" | "reprimand-decision" | "warning-decision" | "police-penalty-proposal" | "revoke-probation-proposal" | "revoke-parole-proposal" | "committal-proposal" | "arrest-proposal" | "reduction-proposal" | "leave-approval-form" | "leave-certificate" | "positioning-approval";
                            label: string;
                            fields: {
                                key: string;
                                label: string;
                            }[];
                            template: {
                                title: string;
                                numberWord: string;
                                addressee: string | null;
                                body: string[];
                                cc: string | null;
                            };
                            customised: boolean;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** 恢复默认文书模板 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "investigation-opinion" | "report-notice" | "entry-announcement" | "correction-plan" | "transfer-decision" | "release-certificate" | "termination-notice" | "reprimand-decision" | "warning-decision" | "police-penalty-proposal" | "revoke-probation-proposal" | "revoke-parole-proposal" | "committal-proposal" | "arrest-proposal" | "reduction-proposal" | "leave-approval-form" | "leave-certificate" | "positioning-approval";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "investigation-opinion" | "report-notice" | "entry-announcement" | "correction-plan" | "transfer-decision" | "release-certificate" | "termination-notice" | "reprimand-decision" | "warning-decision" | "police-penalty-proposal" | "revoke-probation-proposal" | "revoke-parole-proposal" | "committal-proposal" | "arrest-proposal" | "reduction-proposal" | "leave-approval-form" | "leave-certificate" | "positioning-approval";
                            label: string;
                            fields: {
                                key: string;
                                label: string;
                            }[];
                            template: {
                                title: string;
                                numberWord: string;
                                addressee: string | null;
                                body: string[];
                                cc: string | null;
                            };
                            customised: boolean;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/ingest/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设备批量上传定位（设备凭证） */
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
                        positions: {
                            /** Format: date-time */
                            time: string;
                            lat: number;
                            lon: number;
                            accuracy?: number | null;
                            speed?: number | null;
                            heading?: number | null;
                            altitude?: number | null;
                            battery?: number | null;
                            /** @enum {string} */
                            coordinateSystem?: "wgs84" | "gcj02" | "bd09";
                            events?: ("sos" | "tamper" | "low_battery")[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicates: number;
                            rejected: {
                                index: number;
                                code: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/ingest/osmand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OsmAnd 协议定位上报（Traccar Client） */
        get: {
            parameters: {
                query: {
                    id: string;
                    key?: string;
                    lat: number;
                    lon: number;
                    timestamp?: string;
                    accuracy?: number;
                    speed?: number;
                    bearing?: number;
                    altitude?: number;
                    batt?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicates: number;
                            rejected: {
                                index: number;
                                code: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** OsmAnd 协议定位上报（Traccar Client） */
        post: {
            parameters: {
                query: {
                    id: string;
                    key?: string;
                    lat: number;
                    lon: number;
                    timestamp?: string;
                    accuracy?: number;
                    speed?: number;
                    bearing?: number;
                    altitude?: number;
                    batt?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            duplicates: number;
                            rejected: {
                                index: number;
                                code: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定位报警列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    subjectId?: string;
                    status?: "open" | "acknowledged" | "resolved";
                    type?: "out_of_zone" | "forbidden_zone" | "offline" | "low_battery" | "tamper" | "separation" | "sos" | "leave_overdue";
                    openedFrom?: string;
                    openedTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                subjectName: string;
                                officeId: string;
                                officeName: string;
                                deviceId: string | null;
                                zoneId: string | null;
                                zoneName: string | null;
                                /** @enum {string} */
                                type: "out_of_zone" | "forbidden_zone" | "offline" | "low_battery" | "tamper" | "separation" | "sos" | "leave_overdue";
                                typeLabel: string;
                                /** @enum {string} */
                                status: "open" | "acknowledged" | "resolved";
                                statusLabel: string;
                                /** Format: date-time */
                                openedAt: string;
                                lat: number | null;
                                lon: number | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                clearedAt: string | null;
                                escalationLevel: number;
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                resolvedAt: string | null;
                                resolvedBy: string | null;
                                disposition: ("device_fault" | "gps_drift" | "approved" | "violation_confirmed" | "condition_cleared") | null;
                                dispositionLabel: string | null;
                                resolutionComment: string | null;
                                sanctionId: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收报警 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            deviceId: string | null;
                            zoneId: string | null;
                            zoneName: string | null;
                            /** @enum {string} */
                            type: "out_of_zone" | "forbidden_zone" | "offline" | "low_battery" | "tamper" | "separation" | "sos" | "leave_overdue";
                            typeLabel: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "resolved";
                            statusLabel: string;
                            /** Format: date-time */
                            openedAt: string;
                            lat: number | null;
                            lon: number | null;
                            details: {
                                [key: string]: unknown;
                            };
                            clearedAt: string | null;
                            escalationLevel: number;
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            disposition: ("device_fault" | "gps_drift" | "approved" | "violation_confirmed" | "condition_cleared") | null;
                            dispositionLabel: string | null;
                            resolutionComment: string | null;
                            sanctionId: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处置报警 */
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
                        disposition: "device_fault" | "gps_drift" | "approved" | "violation_confirmed";
                        comment: string;
                        /** @enum {string} */
                        sanctionKind?: "reprimand" | "warning" | "police_penalty" | "revoke_probation" | "revoke_parole" | "committal" | "arrest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            subjectName: string;
                            officeId: string;
                            officeName: string;
                            deviceId: string | null;
                            zoneId: string | null;
                            zoneName: string | null;
                            /** @enum {string} */
                            type: "out_of_zone" | "forbidden_zone" | "offline" | "low_battery" | "tamper" | "separation" | "sos" | "leave_overdue";
                            typeLabel: string;
                            /** @enum {string} */
                            status: "open" | "acknowledged" | "resolved";
                            statusLabel: string;
                            /** Format: date-time */
                            openedAt: string;
                            lat: number | null;
                            lon: number | null;
                            details: {
                                [key: string]: unknown;
                            };
                            clearedAt: string | null;
                            escalationLevel: number;
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            disposition: ("device_fault" | "gps_drift" | "approved" | "violation_confirmed" | "condition_cleared") | null;
                            dispositionLabel: string | null;
                            resolutionComment: string | null;
                            sanctionId: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定位轨迹 */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                time: string;
                                lat: number;
                                lon: number;
                                accuracy: number | null;
                                speed: number | null;
                                battery: number | null;
                            }[];
                            total: number;
                            downsampled: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/positions/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 最新位置 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            time: string;
                            lat: number;
                            lon: number;
                            accuracy: number | null;
                            speed: number | null;
                            battery: number | null;
                            deviceId: string;
                            /** @enum {string} */
                            deviceKind: "bracelet" | "phone";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/random-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 随机抽查记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                                note: string | null;
                                /** @enum {string} */
                                status: "pending" | "answered" | "missed";
                                statusLabel: string;
                                answeredAt: string | null;
                                recordId: string | null;
                                lat: number | null;
                                lon: number | null;
                                accuracy: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 发起随机抽查 */
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
                        dueMinutes: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            /** Format: date-time */
                            requestedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            note: string | null;
                            /** @enum {string} */
                            status: "pending" | "answered" | "missed";
                            statusLabel: string;
                            answeredAt: string | null;
                            recordId: string | null;
                            lat: number | null;
                            lon: number | null;
                            accuracy: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划列表（省、市、县） */
        get: {
            parameters: {
                query?: {
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/boundaries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县级行政区划边界（GeoJSON，WGS-84） */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            type: "Feature";
                            id: string;
                            bbox: number[];
                            properties: {
                                code: string;
                                name: string;
                                parent: string;
                                parentName: string | null;
                            };
                            geometry: {
                                /** @enum {string} */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                        };
                    };
                };
                /** @description 未改变（If-None-Match 与 ETag 相同） */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/positioning-authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 使用电子定位装置审批 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                subjectId: string;
                                countyId: string;
                                /** @enum {string} */
                                condition: "ban_violation" | "left_without_approval" | "refused_report_warned" | "police_penalty" | "revocation_pending";
                                conditionLabel: string;
                                facts: string;
                                /** Format: date */
                                fromOn: string;
                                /** Format: date */
                                untilOn: string;
                                extendsId: string | null;
                                reassessment: string | null;
                                /** @enum {string} */
                                status: "proposed" | "approved" | "rejected" | "ended";
                                statusLabel: string;
                                proposedBy: string | null;
                                proposedByName: string | null;
                                /** Format: date-time */
                                proposedAt: string;
                                decidedBy: string | null;
                                decidedByName: string | null;
                                decidedAt: string | null;
                                decisionComment: string | null;
                                documentNumber: string | null;
                                endedOn: string | null;
                                endReason: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提请使用电子定位装置 */
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
                        condition: "ban_violation" | "left_without_approval" | "refused_report_warned" | "police_penalty" | "revocation_pending";
                        facts: string;
                        fromOn: string;
                        untilOn: string;
                        extendsId?: string;
                        reassessment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            countyId: string;
                            /** @enum {string} */
                            condition: "ban_violation" | "left_without_approval" | "refused_report_warned" | "police_penalty" | "revocation_pending";
                            conditionLabel: string;
                            facts: string;
                            /** Format: date */
                            fromOn: string;
                            /** Format: date */
                            untilOn: string;
                            extendsId: string | null;
                            reassessment: string | null;
                            /** @enum {string} */
                            status: "proposed" | "approved" | "rejected" | "ended";
                            statusLabel: string;
                            proposedBy: string | null;
                            proposedByName: string | null;
                            /** Format: date-time */
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            endedOn: string | null;
                            endReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/positioning-authorizations/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批使用电子定位装置 */
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
                        approve: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            subjectId: string;
                            countyId: string;
                            /** @enum {string} */
                            condition: "ban_violation" | "left_without_approval" | "refused_report_warned" | "police_penalty" | "revocation_pending";
                            conditionLabel: string;
                            facts: string;
                            /** Format: date */
                            fromOn: string;
                            /** Format: date */
                            untilOn: string;
                            extendsId: string | null;
                            reassessment: string | null;
                            /** @enum {string} */
                            status: "proposed" | "approved" | "rejected" | "ended";
                            statusLabel: string;
                            proposedBy: string | null;
                            proposedByName: string | null;
                            /** Format: date-time */
                            proposedAt: string;
                            decidedBy: string | null;
                            decidedByName: string | null;
                            decidedAt: string | null;
                            decisionComment: string | null;
                            documentNumber: string | null;
                            endedOn: string | null;
                            endReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定位设备 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    kind?: "bracelet" | "phone";
                    bound?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "bracelet" | "phone";
                                kindLabel: string;
                                identifier: string;
                                model: string | null;
                                countyId: string;
                                offlineAfterSeconds: number;
                                lowBatteryPercent: number;
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                bound: boolean;
                                binding: {
                                    id: string;
                                    subjectId: string;
                                    subjectName: string | null;
                                    boundAt: string | null;
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记定位设备 */
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
                        kind: "bracelet" | "phone";
                        identifier: string;
                        model?: string;
                        offlineAfterSeconds?: number;
                        lowBatteryPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "bracelet" | "phone";
                            kindLabel: string;
                            identifier: string;
                            model: string | null;
                            countyId: string;
                            offlineAfterSeconds: number;
                            lowBatteryPercent: number;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/devices/{id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新生成设备凭证 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "bracelet" | "phone";
                            kindLabel: string;
                            identifier: string;
                            model: string | null;
                            countyId: string;
                            offlineAfterSeconds: number;
                            lowBatteryPercent: number;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/device-bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定位设备绑定记录 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                deviceId: string;
                                /** @enum {string} */
                                deviceKind: "bracelet" | "phone";
                                deviceKindLabel: string;
                                identifier: string;
                                model: string | null;
                                subjectId: string;
                                authorizationId: string | null;
                                /** Format: date-time */
                                boundAt: string;
                                boundBy: string | null;
                                boundByName: string | null;
                                endedAt: string | null;
                                endedBy: string | null;
                                endedByName: string | null;
                                endReason: string | null;
                                endReasonLabel: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 绑定定位设备 */
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
                        deviceId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            deviceId: string;
                            /** @enum {string} */
                            deviceKind: "bracelet" | "phone";
                            deviceKindLabel: string;
                            identifier: string;
                            model: string | null;
                            subjectId: string;
                            authorizationId: string | null;
                            /** Format: date-time */
                            boundAt: string;
                            boundBy: string | null;
                            boundByName: string | null;
                            endedAt: string | null;
                            endedBy: string | null;
                            endedByName: string | null;
                            endReason: string | null;
                            endReasonLabel: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/device-bindings/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除定位设备绑定 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            deviceId: string;
                            /** @enum {string} */
                            deviceKind: "bracelet" | "phone";
                            deviceKindLabel: string;
                            identifier: string;
                            model: string | null;
                            subjectId: string;
                            authorizationId: string | null;
                            /** Format: date-time */
                            boundAt: string;
                            boundBy: string | null;
                            boundByName: string | null;
                            endedAt: string | null;
                            endedBy: string | null;
                            endedByName: string | null;
                            endReason: string | null;
                            endReasonLabel: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/subjects/{id}/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 电子围栏 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string | null;
                                subjectId: string;
                                /** @enum {string} */
                                kind: "inclusion" | "exclusion";
                                kindLabel: string;
                                /** @enum {string} */
                                source: "residence" | "leave" | "court_ban" | "curfew" | "manual";
                                sourceLabel: string;
                                sourceId: string | null;
                                name: string;
                                shape: {
                                    /** @enum {string} */
                                    type: "division";
                                    code: string;
                                } | {
                                    /** @enum {string} */
                                    type: "circle";
                                    lat: number;
                                    lon: number;
                                    radiusM: number;
                                } | {
                                    /** @enum {string} */
                                    type: "polygon";
                                    rings: number[][][];
                                };
                                toleranceM: number;
                                activeFrom: string | null;
                                activeUntil: string | null;
                                dailyFrom: string | null;
                                dailyUntil: string | null;
                                createdAt: string | null;
                                endedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设置电子围栏 */
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
                        kind: "inclusion" | "exclusion";
                        name: string;
                        shape: {
                            /** @enum {string} */
                            type: "circle" | "polygon";
                            lat?: number;
                            lon?: number;
                            radiusM?: number;
                            rings?: number[][][];
                        };
                        toleranceM?: number;
                        /** Format: date-time */
                        activeFrom?: string;
                        /** Format: date-time */
                        activeUntil?: string;
                        dailyFrom?: string;
                        dailyUntil?: string;
                        courtBanId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            subjectId: string;
                            /** @enum {string} */
                            kind: "inclusion" | "exclusion";
                            kindLabel: string;
                            /** @enum {string} */
                            source: "residence" | "leave" | "court_ban" | "curfew" | "manual";
                            sourceLabel: string;
                            sourceId: string | null;
                            name: string;
                            shape: {
                                /** @enum {string} */
                                type: "division";
                                code: string;
                            } | {
                                /** @enum {string} */
                                type: "circle";
                                lat: number;
                                lon: number;
                                radiusM: number;
                            } | {
                                /** @enum {string} */
                                type: "polygon";
                                rings: number[][][];
                            };
                            toleranceM: number;
                            activeFrom: string | null;
                            activeUntil: string | null;
                            dailyFrom: string | null;
                            dailyUntil: string | null;
                            createdAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/zones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停用电子围栏 */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            subjectId: string;
                            /** @enum {string} */
                            kind: "inclusion" | "exclusion";
                            kindLabel: string;
                            /** @enum {string} */
                            source: "residence" | "leave" | "court_ban" | "curfew" | "manual";
                            sourceLabel: string;
                            sourceId: string | null;
                            name: string;
                            shape: {
                                /** @enum {string} */
                                type: "division";
                                code: string;
                            } | {
                                /** @enum {string} */
                                type: "circle";
                                lat: number;
                                lon: number;
                                radiusM: number;
                            } | {
                                /** @enum {string} */
                                type: "polygon";
                                rings: number[][][];
                            };
                            toleranceM: number;
                            activeFrom: string | null;
                            activeUntil: string | null;
                            dailyFrom: string | null;
                            dailyUntil: string | null;
                            createdAt: string | null;
                            endedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
    "/api/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 实时位置与报警推送（WebSocket） */
        get: {
            parameters: {
                query?: {
                    /** @description 会话令牌（浏览器无法设置请求头时） */
                    token?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 升级为 WebSocket：服务器推送 JSON 消息 hello、position（位置）与 alert（报警变化），客户端发送的内容被忽略 */
                101: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
