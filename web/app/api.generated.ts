/* DO NOT EDIT: generated from /api/openapi.json by `npm run api:types` (openapi-typescript). */
export interface paths {
    "/api/accounts/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 授予角色 Grant a role on a node */
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
                        nodeId: string;
                        /** @enum {string} */
                        role: "sys_admin" | "sec_admin" | "auditor" | "org_officer" | "street_officer" | "community_officer" | "dept_officer" | "cadre" | "grid_worker" | "resident" | "deputy" | "social_org" | "property_staff" | "owners_committee" | "mediator" | "party_member" | "village_staff" | "teacher";
                        /** Format: uuid */
                        userId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/accounts/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销角色 Revoke a grant */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/accounts/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安全策略 Security policy */
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
                            absoluteHours: number;
                            idleMinutes: number;
                            /** @default 15 */
                            ipBlockMinutes: number;
                            /** @default 50 */
                            ipFailureLimit: number;
                            lockoutMinutes: number;
                            lockoutThreshold: number;
                            /** @default 5 */
                            passwordHistory: number;
                            /** @enum {string} */
                            passwordPreset: "mlps" | "asvs";
                            totpRoles: ("sys_admin" | "sec_admin" | "auditor" | "org_officer" | "street_officer" | "community_officer" | "dept_officer" | "cadre" | "grid_worker" | "resident" | "deputy" | "social_org" | "property_staff" | "owners_committee" | "mediator" | "party_member" | "village_staff" | "teacher")[];
                        };
                    };
                };
            };
        };
        /** 修改安全策略 Update policy */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        absoluteHours: number;
                        idleMinutes: number;
                        /** @default 15 */
                        ipBlockMinutes?: number;
                        /** @default 50 */
                        ipFailureLimit?: number;
                        lockoutMinutes: number;
                        lockoutThreshold: number;
                        /** @default 5 */
                        passwordHistory?: number;
                        /** @enum {string} */
                        passwordPreset: "mlps" | "asvs";
                        totpRoles: ("sys_admin" | "sec_admin" | "auditor" | "org_officer" | "street_officer" | "community_officer" | "dept_officer" | "cadre" | "grid_worker" | "resident" | "deputy" | "social_org" | "property_staff" | "owners_committee" | "mediator" | "party_member" | "village_staff" | "teacher")[];
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/accounts/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 Accounts */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
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
                                can: {
                                    grant: boolean;
                                    manage: boolean;
                                };
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                grants: {
                                    can: {
                                        revoke: boolean;
                                    };
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    nodeId: string;
                                    nodeName: string;
                                    /** @enum {string} */
                                    role: "sys_admin" | "sec_admin" | "auditor" | "org_officer" | "street_officer" | "community_officer" | "dept_officer" | "cadre" | "grid_worker" | "resident" | "deputy" | "social_org" | "property_staff" | "owners_committee" | "mediator" | "party_member" | "village_staff" | "teacher";
                                }[];
                                /** Format: uuid */
                                id: string;
                                locked: boolean;
                                passwordExpired: boolean;
                                totpEnabled: boolean;
                                username: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建账号 Create account */
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
                        /** Format: uuid */
                        homeDistrictId?: string | null;
                        password: string;
                        /** Format: uuid */
                        personId?: string | null;
                        username: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/accounts/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用/启用 Disable or enable */
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
                        disabled: boolean;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/accounts/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset password */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/assessment/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核季度 Cycles */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            assessDue: string;
                            createdAt: string;
                            /** Format: uuid */
                            districtId: string;
                            goodQuota: number;
                            /** Format: uuid */
                            id: string;
                            publishDue: string;
                            quarter: string;
                            reviewDue: string;
                            sheets: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            summaryDue: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 分派季度考核 Dispatch a quarter */
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
                        /** Format: date */
                        assessDue: string;
                        /** Format: uuid */
                        districtId: string;
                        /** Format: date */
                        publishDue: string;
                        quarter: string;
                        /** Format: date */
                        reviewDue: string;
                        /** Format: date */
                        summaryDue: string;
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
                            /** Format: uuid */
                            id: string;
                            sheets: number;
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
    "/api/assessment/cycles/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核进度看板 Cycle board */
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
                            cycle: {
                                assessDue: string;
                                createdAt: string;
                                /** Format: uuid */
                                districtId: string;
                                goodQuota: number;
                                /** Format: uuid */
                                id: string;
                                publishDue: string;
                                quarter: string;
                                reviewDue: string;
                                sheets: number;
                                /** @enum {string} */
                                status: "open" | "closed";
                                summaryDue: string;
                            };
                            grades: {
                                [key: string]: number;
                            };
                            progress: number;
                            units: {
                                byState: {
                                    [key: string]: number;
                                };
                                due: string | null;
                                lagging: boolean;
                                liaison: boolean;
                                observation: boolean;
                                progress: number;
                                total: number;
                                unitName: string;
                                /** Format: uuid */
                                unitNodeId: string;
                                /** @enum {string} */
                                waitingOn: "cadre" | "unit" | "department" | "done";
                            }[];
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
    "/api/assessment/cycles/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反馈结果 Feed results back */
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
                        /** Format: uuid */
                        unitNodeId: string;
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
                            moved: number;
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
    "/api/assessment/cycles/{id}/grades.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出考核等次表 Export the grade sheet */
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
                    content?: never;
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
    "/api/assessment/cycles/{id}/grades/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入考核等次 Import grades (multipart `file`) */
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
                            changes: {
                                /** @enum {string|null} */
                                from: "good" | "fairly_good" | "average" | "poor" | null;
                                personName: string;
                                row: number;
                                /** Format: uuid */
                                sheetId: string;
                                /** @enum {string} */
                                to: "good" | "fairly_good" | "average" | "poor";
                                unitName: string;
                            }[];
                            committed: boolean;
                            errors: {
                                /** @enum {string} */
                                column: "sheetId" | "personName" | "grade";
                                personName: string;
                                reason: string;
                                row: number;
                            }[];
                            rows: number;
                            unchanged: number;
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
    "/api/assessment/cycles/{id}/grades/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预览导入的考核等次 Preview a grade import (multipart `file`) */
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
                            changes: {
                                /** @enum {string|null} */
                                from: "good" | "fairly_good" | "average" | "poor" | null;
                                personName: string;
                                row: number;
                                /** Format: uuid */
                                sheetId: string;
                                /** @enum {string} */
                                to: "good" | "fairly_good" | "average" | "poor";
                                unitName: string;
                            }[];
                            committed: boolean;
                            errors: {
                                /** @enum {string} */
                                column: "sheetId" | "personName" | "grade";
                                personName: string;
                                reason: string;
                                row: number;
                            }[];
                            rows: number;
                            unchanged: number;
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
    "/api/assessment/cycles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单位内公示 Publish in the unit */
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
                        /** Format: uuid */
                        unitNodeId: string;
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
                            moved: number;
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
    "/api/assessment/cycles/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核排名 Ranking */
        get: {
            parameters: {
                query?: {
                    unitNodeId?: string;
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
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            group: string;
                            groupSize: number;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            rankInGroup: number | null;
                            rankInUnit: number | null;
                            score: number | null;
                            /** Format: uuid */
                            sheetId: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/cycles/{id}/ranking.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出考核排名 Export ranking */
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
                    content?: never;
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
    "/api/assessment/cycles/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办滞后单位 Remind lagging units */
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
                            reminded: number;
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
    "/api/assessment/cycles/{id}/sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核表 Sheets */
        get: {
            parameters: {
                query?: {
                    status?: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                    unitNodeId?: string;
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
                            /** Format: uuid */
                            cycleId: string;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                        }[];
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
    "/api/assessment/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分类赛道 Groups */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            key: string;
                            label: {
                                "en-US": string;
                                "zh-CN": string;
                            };
                            members: number;
                            separate: boolean;
                        }[];
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
    "/api/assessment/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核指标库 Indicator library */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    quarter: string;
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
                            can: {
                                manage: boolean;
                            };
                            frozen: boolean;
                            items: {
                                /** @enum {string|null} */
                                deptType: "party_admin" | "economy" | "livelihood" | "street" | "law_enforcement" | null;
                                description: string;
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** Format: uuid */
                                personId: string | null;
                                post: string | null;
                                quarter: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                weight: number;
                            }[];
                            quarter: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增指标 Add indicator */
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
                        /** @enum {string|null} */
                        deptType?: "party_admin" | "economy" | "livelihood" | "street" | "law_enforcement" | null;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                        /** Format: uuid */
                        districtId: string;
                        /** @default false */
                        evidenceRequired?: boolean;
                        /** @enum {string} */
                        layer: "common" | "individual" | "dynamic";
                        /** @default 100 */
                        maxScore?: number;
                        name: string;
                        /** Format: uuid */
                        personId?: string | null;
                        post?: string | null;
                        quarter: string;
                        /** @enum {string} */
                        scoring: "score" | "grade" | "pass_fail";
                        weight: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/indicators.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出指标库 Export the library */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    quarter: string;
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
                    content?: never;
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
    "/api/assessment/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除指标 Remove indicator */
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改指标 Edit indicator */
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
                        /** @enum {string|null} */
                        deptType?: "party_admin" | "economy" | "livelihood" | "street" | "law_enforcement" | null;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        dimension?: "post_fit" | "results" | "reputation" | "key_tasks";
                        /** @default false */
                        evidenceRequired?: boolean;
                        /** @default 100 */
                        maxScore?: number;
                        name?: string;
                        /** Format: uuid */
                        personId?: string | null;
                        post?: string | null;
                        /** @enum {string} */
                        scoring?: "score" | "grade" | "pass_fail";
                        weight?: number;
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
                            /** @enum {string|null} */
                            deptType: "party_admin" | "economy" | "livelihood" | "street" | "law_enforcement" | null;
                            description: string;
                            /** @enum {string} */
                            dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                            evidenceRequired: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            layer: "common" | "individual" | "dynamic";
                            maxScore: number;
                            name: string;
                            /** Format: uuid */
                            personId: string | null;
                            post: string | null;
                            quarter: string;
                            /** @enum {string} */
                            scoring: "score" | "grade" | "pass_fail";
                            weight: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/assessment/indicators/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复制为新季度版本 Copy to a quarter */
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
                        districtId: string;
                        from: string;
                        to: string;
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
                            copied: number;
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
    "/api/assessment/indicators/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入指标 Import (multipart `file`) */
        post: {
            parameters: {
                query: {
                    districtId: string;
                    quarter: string;
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
                            errors: {
                                column: string;
                                reason: string;
                                row: number;
                            }[];
                            imported: number;
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
    "/api/assessment/me/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的述事 My work reports */
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
                            body: string;
                            can: {
                                decide: boolean;
                            };
                            /** @enum {string} */
                            category: "major" | "important" | "hard";
                            decisionNote: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                mime: string;
                                name: string;
                                size: number;
                            }[];
                            happenedOn: string;
                            /** Format: uuid */
                            id: string;
                            outstanding: boolean;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string} */
                            status: "logged" | "confirmed" | "rejected";
                            title: string;
                            traits: string[];
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 记录大事要事难事 Log a matter */
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
                        body: string;
                        /** @enum {string} */
                        category: "major" | "important" | "hard";
                        /** Format: date */
                        happenedOn: string;
                        title: string;
                        /** @default [] */
                        traits?: ("innovation" | "execution" | "communication" | "leadership" | "learning" | "professional" | "adaptability" | "resilience" | "style" | "responsibility" | "self_improvement")[];
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/me/reports/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证 Add evidence (multipart `file`) */
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/me/sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的考核 My sheets */
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
                            /** Format: uuid */
                            cycleId: string;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                        }[];
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
    "/api/assessment/me/sheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的考核表 My sheet */
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** 保存自评与小结 Save */
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
                        items: {
                            evidence?: string;
                            /** Format: uuid */
                            indicatorId: string;
                            value: number | null;
                        }[];
                        summary: string;
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
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
    "/api/assessment/me/sheets/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交个人小结 Submit */
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
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
    "/api/assessment/months/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 晋升申报 Declarations */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    status?: "declared" | "reviewed" | "confirmed" | "rejected";
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
                            code: string;
                            decisionNote: string;
                            /** @enum {string} */
                            declaredAs: "person" | "unit";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "situation" | "veto";
                            months: number | null;
                            note: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string|null} */
                            polarity: "positive" | "negative" | null;
                            reviewers: string;
                            /** @enum {string} */
                            status: "declared" | "reviewed" | "confirmed" | "rejected";
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 申报情形 Declare */
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
                        code: string;
                        /** @enum {string} */
                        kind: "situation";
                        note: string;
                        /** Format: uuid */
                        personId: string;
                        year: number;
                    } | {
                        /** @enum {string} */
                        code: "lax_management" | "shirking" | "unrepentant" | "discipline";
                        /** @enum {string} */
                        kind: "veto";
                        note: string;
                        /** Format: uuid */
                        personId: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/months/declarations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 组织部认定 Confirm */
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
                        /** @default  */
                        note?: string;
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
                            code: string;
                            decisionNote: string;
                            /** @enum {string} */
                            declaredAs: "person" | "unit";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "situation" | "veto";
                            months: number | null;
                            note: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string|null} */
                            polarity: "positive" | "negative" | null;
                            reviewers: string;
                            /** @enum {string} */
                            status: "declared" | "reviewed" | "confirmed" | "rejected";
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                            year: number;
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
    "/api/assessment/months/declarations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予认定 Reject */
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
                        /** @default  */
                        note?: string;
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
                            code: string;
                            decisionNote: string;
                            /** @enum {string} */
                            declaredAs: "person" | "unit";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "situation" | "veto";
                            months: number | null;
                            note: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string|null} */
                            polarity: "positive" | "negative" | null;
                            reviewers: string;
                            /** @enum {string} */
                            status: "declared" | "reviewed" | "confirmed" | "rejected";
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                            year: number;
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
    "/api/assessment/months/declarations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 联合审定 Joint review */
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
                        /** @default  */
                        note?: string;
                        reviewers: string;
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
                            code: string;
                            decisionNote: string;
                            /** @enum {string} */
                            declaredAs: "person" | "unit";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "situation" | "veto";
                            months: number | null;
                            note: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string|null} */
                            polarity: "positive" | "negative" | null;
                            reviewers: string;
                            /** @enum {string} */
                            status: "declared" | "reviewed" | "confirmed" | "rejected";
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
                            year: number;
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
    "/api/assessment/months/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 晋升月数 Promotion months */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                            declarations: {
                                code: string;
                                decisionNote: string;
                                /** @enum {string} */
                                declaredAs: "person" | "unit";
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "situation" | "veto";
                                months: number | null;
                                note: string;
                                /** Format: uuid */
                                personId: string;
                                personName: string;
                                /** @enum {string|null} */
                                polarity: "positive" | "negative" | null;
                                reviewers: string;
                                /** @enum {string} */
                                status: "declared" | "reviewed" | "confirmed" | "rejected";
                                /** Format: uuid */
                                unitNodeId: string;
                                version: number;
                                year: number;
                            }[];
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            total: number;
                            vetoed: boolean;
                            vetoes: ("lax_management" | "shirking" | "unrepentant" | "discipline")[];
                            years: {
                                capped: boolean;
                                net: number;
                                quarterGood: number;
                                quarterLast: number;
                                raw: number;
                                situations: number;
                                year: number;
                            }[];
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
    "/api/assessment/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 双点观测记录 Observations */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    unitNodeId?: string;
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
                            /** Format: uuid */
                            id: string;
                            note: string;
                            observedOn: string;
                            /** @enum {string} */
                            observerKind: "supervising_group" | "leader";
                            observerName: string;
                            /** Format: uuid */
                            personId: string | null;
                            /** @enum {string} */
                            rating: "positive" | "neutral" | "negative";
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 记录观测 Record an observation */
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
                        note: string;
                        /** Format: date */
                        observedOn: string;
                        /** @enum {string} */
                        observerKind: "supervising_group" | "leader";
                        observerName: string;
                        /** Format: uuid */
                        personId?: string | null;
                        /** @enum {string} */
                        rating: "positive" | "neutral" | "negative";
                        /** Format: uuid */
                        unitNodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/peer-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同事互评 Peer review */
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
                        personId: string;
                        quarter: string;
                        scores: {
                            [key: string]: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请加扣分 Request points */
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
                        /** Format: date */
                        day: string;
                        /** Format: uuid */
                        personId: string;
                        points: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/points/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批积分 Decide */
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
                        decision: "approve" | "reject";
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
                            /** Format: uuid */
                            id: string;
                            status: string;
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
    "/api/assessment/points/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待审批积分 Pending */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            day: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            points: number;
                            reason: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/points/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 积分台账 Ledger */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    personId: string;
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
                            lines: {
                                day: string;
                                points: number;
                                reason: string;
                                ref: string | null;
                                /** @enum {string} */
                                source: "order" | "manual";
                                /** @enum {string} */
                                status: "approved" | "pending" | "rejected";
                            }[];
                            months: {
                                month: string;
                                points: number;
                            }[];
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            total: number;
                            year: number;
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
    "/api/assessment/points/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 积分季度排名 Quarterly ranking */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    quarter: string;
                    unitNodeId?: string;
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
                            group: string;
                            months: number[];
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            rankInGroup: number;
                            rankInUnit: number;
                            total: number;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/points/ranking.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出积分排名 Export points ranking */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    quarter: string;
                    unitNodeId?: string;
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
                    content?: never;
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
    "/api/assessment/portraits/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人物画像 Portrait */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                            evidence: {
                                [key: string]: number;
                            };
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            scores: {
                                [key: string]: number;
                            };
                            tags: string[];
                            /** Format: uuid */
                            unitNodeId: string;
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
    "/api/assessment/pq/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入档案 Add to a file */
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
                        /** @default  */
                        evidence?: string;
                        indicatorCode: string;
                        /** @default false */
                        inLibrary?: boolean;
                        /** @enum {string} */
                        method: "home_visit" | "joint_review" | "talk" | "democratic_evaluation" | "daily_observation" | "special_inspection" | "report_review" | "opinions" | "petition_check" | "records_audit";
                        note: string;
                        /** Format: date */
                        occurredOn: string;
                        /** Format: uuid */
                        personId: string;
                        source: string;
                        value?: number | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/pq/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政治素质指标清单 The 45 indicators */
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
                            aspect: "loyalty" | "steadfastness" | "commitment" | "capability" | "discipline";
                            code: string;
                            /** @enum {string} */
                            kind: "qualitative" | "quantitative";
                            name: string;
                            /** @enum {string} */
                            polarity: "positive" | "negative";
                        }[];
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
    "/api/assessment/pq/library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研判信息库 Library (audited) */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    indicatorCode?: string;
                    method?: "home_visit" | "joint_review" | "talk" | "democratic_evaluation" | "daily_observation" | "special_inspection" | "report_review" | "opinions" | "petition_check" | "records_audit";
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
                            evidence: string;
                            /** Format: uuid */
                            id: string;
                            indicatorCode: string;
                            inLibrary: boolean;
                            /** @enum {string} */
                            method: "home_visit" | "joint_review" | "talk" | "democratic_evaluation" | "daily_observation" | "special_inspection" | "report_review" | "opinions" | "petition_check" | "records_audit";
                            note: string;
                            occurredOn: string;
                            /** Format: uuid */
                            personId: string;
                            source: string;
                            value: number | null;
                        }[];
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
    "/api/assessment/pq/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政治素质档案 File (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                            entries: {
                                evidence: string;
                                /** Format: uuid */
                                id: string;
                                indicatorCode: string;
                                inLibrary: boolean;
                                /** @enum {string} */
                                method: "home_visit" | "joint_review" | "talk" | "democratic_evaluation" | "daily_observation" | "special_inspection" | "report_review" | "opinions" | "petition_check" | "records_audit";
                                note: string;
                                occurredOn: string;
                                /** Format: uuid */
                                personId: string;
                                source: string;
                                value: number | null;
                            }[];
                            fromTasks: {
                                kind: string;
                                note: string;
                                occurredOn: string;
                                points: number;
                                polarity: 1 | -1 | 0;
                                ref: string;
                                /** @enum {string} */
                                source: "consequence" | "performance";
                                title: string;
                            }[];
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            post: string;
                            rankTitle: string;
                            summary: {
                                [key: string]: {
                                    negative: number;
                                    positive: number;
                                };
                            };
                            training: {
                                certificates: {
                                    courseTitle: string;
                                    issuedAt: string;
                                    number: string;
                                    score: number;
                                }[];
                                classes: {
                                    hours: number;
                                    startsAt: string;
                                    title: string;
                                }[];
                                hours: number;
                            } | null;
                            /** Format: uuid */
                            unitNodeId: string;
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
    "/api/assessment/pq/people/{personId}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印档案 Printable file (HTML, audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
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
                    content?: never;
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
    "/api/assessment/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 云端述事 Work reports */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    outstanding?: "0" | "1";
                    status?: "logged" | "confirmed" | "rejected";
                    unitNodeId?: string;
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
                            body: string;
                            can: {
                                decide: boolean;
                            };
                            /** @enum {string} */
                            category: "major" | "important" | "hard";
                            decisionNote: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                mime: string;
                                name: string;
                                size: number;
                            }[];
                            happenedOn: string;
                            /** Format: uuid */
                            id: string;
                            outstanding: boolean;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string} */
                            status: "logged" | "confirmed" | "rejected";
                            title: string;
                            traits: string[];
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/reports/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认述事 Confirm or return */
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
                        decision: "confirm" | "reject";
                        /** @default  */
                        note?: string;
                        /** @default false */
                        outstanding?: boolean;
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
                            body: string;
                            can: {
                                decide: boolean;
                            };
                            /** @enum {string} */
                            category: "major" | "important" | "hard";
                            decisionNote: string;
                            files: {
                                /** Format: uuid */
                                id: string;
                                mime: string;
                                name: string;
                                size: number;
                            }[];
                            happenedOn: string;
                            /** Format: uuid */
                            id: string;
                            outstanding: boolean;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            /** @enum {string} */
                            status: "logged" | "confirmed" | "rejected";
                            title: string;
                            traits: string[];
                            /** Format: uuid */
                            unitNodeId: string;
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
    "/api/assessment/reports/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 佐证文件 Evidence bytes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
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
                    content?: never;
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
    "/api/assessment/results/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提拔资格（前30%） Eligibility */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    quarter?: string;
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
                            eligible: boolean;
                            group: string;
                            groupSize: number;
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            post: string;
                            rank: number | null;
                            reasons: string[];
                            score: number | null;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/results/eligibility.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出提拔资格名单 Export promotion list */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    quarter?: string;
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
                    content?: never;
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
    "/api/assessment/results/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 培养与谈话名单 Intake lists */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    list: "eagle" | "class" | "frontline" | "talks";
                    quarter?: string;
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
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            post: string;
                            reasons: string[];
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/results/intake.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出名单 Export an intake list */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    list: "eagle" | "class" | "frontline" | "talks";
                    quarter?: string;
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
                    content?: never;
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
    "/api/assessment/results/stars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度/季度之星 Stars */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    month?: string;
                    quarter?: string;
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
                            /** @enum {string} */
                            kind: "month" | "quarter";
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            value: number;
                        }[];
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
    "/api/assessment/rotation/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 轮岗提醒 Rotation alerts */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            /** @enum {string} */
                            level: "due_soon" | "overdue";
                            limitOn: string;
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            planned: boolean;
                            post: string;
                            /** @enum {string} */
                            rule: "division_unit" | "section_office" | "sensitive_post" | "secretary_terms";
                            since: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            years: number;
                        }[];
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
    "/api/assessment/rotation/alerts.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出轮岗提醒 Export rotation alerts */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                    content?: never;
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
    "/api/assessment/rotation/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 轮岗计划 Rotation plan */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                            note: string;
                            /** Format: uuid */
                            personId: string;
                            plannedOn: string;
                            rule: string;
                            /** @enum {string} */
                            status: "planned" | "done" | "cancelled";
                            target: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 纳入轮岗计划 Plan a rotation */
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
                        /** @default  */
                        note?: string;
                        /** Format: uuid */
                        personId: string;
                        /** Format: date */
                        plannedOn: string;
                        /** @enum {string} */
                        rule: "division_unit" | "section_office" | "sensitive_post" | "secretary_terms";
                        /** @default  */
                        target?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/assessment/rotation/plans/{id}": {
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
        /** 更新轮岗计划 Update */
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
                        status: "planned" | "done" | "cancelled";
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
                            /** Format: uuid */
                            id: string;
                            status: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/assessment/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核设置 Settings */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            /** Format: uuid */
                            districtId: string;
                            goodQuota: number;
                            groups: {
                                gradePattern?: string;
                                key: string;
                                label: {
                                    "en-US": string;
                                    "zh-CN": string;
                                };
                                maxAge?: number;
                                minAge?: number;
                                postPattern?: string;
                                separate: boolean;
                            }[];
                            orderPoints: {
                                accountability: number;
                                commendation: number;
                                responsibility: number;
                            };
                            rotation: {
                                divisionYearsInUnit: number;
                                secretaryMaxTerms: number;
                                secretaryTermYears: number;
                                sectionYearsInOffice: number;
                                sensitiveYearsInPost: number;
                                warnDays: number;
                            };
                            situations: {
                                code: string;
                                label: {
                                    "en-US": string;
                                    "zh-CN": string;
                                };
                                months: number;
                                /** @enum {string} */
                                polarity: "positive" | "negative";
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        /** 保存考核设置 Save settings */
        put: {
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
                        districtId: string;
                        goodQuota: number;
                        groups: {
                            gradePattern?: string;
                            key: string;
                            label: {
                                "en-US": string;
                                "zh-CN": string;
                            };
                            maxAge?: number;
                            minAge?: number;
                            postPattern?: string;
                            separate: boolean;
                        }[];
                        orderPoints: {
                            accountability: number;
                            commendation: number;
                            responsibility: number;
                        };
                        rotation: {
                            divisionYearsInUnit: number;
                            secretaryMaxTerms: number;
                            secretaryTermYears: number;
                            sectionYearsInOffice: number;
                            sensitiveYearsInPost: number;
                            warnDays: number;
                        };
                        situations: {
                            code: string;
                            label: {
                                "en-US": string;
                                "zh-CN": string;
                            };
                            months: number;
                            /** @enum {string} */
                            polarity: "positive" | "negative";
                        }[];
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
                            /** Format: uuid */
                            districtId: string;
                            goodQuota: number;
                            groups: {
                                gradePattern?: string;
                                key: string;
                                label: {
                                    "en-US": string;
                                    "zh-CN": string;
                                };
                                maxAge?: number;
                                minAge?: number;
                                postPattern?: string;
                                separate: boolean;
                            }[];
                            orderPoints: {
                                accountability: number;
                                commendation: number;
                                responsibility: number;
                            };
                            rotation: {
                                divisionYearsInUnit: number;
                                secretaryMaxTerms: number;
                                secretaryTermYears: number;
                                sectionYearsInOffice: number;
                                sensitiveYearsInPost: number;
                                warnDays: number;
                            };
                            situations: {
                                code: string;
                                label: {
                                    "en-US": string;
                                    "zh-CN": string;
                                };
                                months: number;
                                /** @enum {string} */
                                polarity: "positive" | "negative";
                            }[];
                            version: number;
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
    "/api/assessment/sheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核表 Sheet */
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
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
    "/api/assessment/sheets/{id}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 组织部评定 Grade */
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
                        dimensionGrades: {
                            /** @enum {string} */
                            key_tasks: "good" | "fairly_good" | "average" | "poor";
                            /** @enum {string} */
                            post_fit: "good" | "fairly_good" | "average" | "poor";
                            /** @enum {string} */
                            reputation: "good" | "fairly_good" | "average" | "poor";
                            /** @enum {string} */
                            results: "good" | "fairly_good" | "average" | "poor";
                        };
                        /** @enum {string} */
                        grade: "good" | "fairly_good" | "average" | "poor";
                        /** @default  */
                        orgComment?: string;
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
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
    "/api/assessment/sheets/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印考核表 Printable sheet (HTML) */
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
                    content?: never;
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
    "/api/assessment/sheets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改 Return */
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
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
    "/api/assessment/sheets/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 单位审核 Unit review */
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
                        items: {
                            evidence?: string;
                            /** Format: uuid */
                            indicatorId: string;
                            value: number | null;
                        }[];
                        /** @default false */
                        postMismatch?: boolean;
                        /** @default  */
                        unitComment?: string;
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
                            can: {
                                assess: boolean;
                                edit: boolean;
                                review: boolean;
                            };
                            /** Format: uuid */
                            cycleId: string;
                            dimensionGrades: {
                                [key: string]: "good" | "fairly_good" | "average" | "poor" | null;
                            } | null;
                            dimensionScores: {
                                [key: string]: number | null;
                            } | null;
                            due: string | null;
                            /** @enum {string|null} */
                            grade: "good" | "fairly_good" | "average" | "poor" | null;
                            /** Format: uuid */
                            id: string;
                            items: {
                                /** @enum {string} */
                                dimension: "post_fit" | "results" | "reputation" | "key_tasks";
                                evidence: string;
                                evidenceRequired: boolean;
                                /** Format: uuid */
                                indicatorId: string;
                                /** @enum {string} */
                                layer: "common" | "individual" | "dynamic";
                                maxScore: number;
                                name: string;
                                /** @enum {string} */
                                scoring: "score" | "grade" | "pass_fail";
                                self: number | null;
                                unit: number | null;
                                weight: number;
                            }[];
                            orgComment: string;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            post: string;
                            postMismatch: boolean;
                            prefill: {
                                draft: string;
                                observations: {
                                    note: string;
                                    observedOn: string;
                                    observerName: string;
                                    rating: string;
                                }[];
                                orders: {
                                    issuedAt: string;
                                    number: string | null;
                                    /** Format: uuid */
                                    orderId: string;
                                    points: number;
                                    taskTitle: string;
                                    /** @enum {string} */
                                    type: "responsibility" | "commendation" | "accountability";
                                }[];
                                points: number;
                                reports: {
                                    /** @enum {string} */
                                    category: "major" | "important" | "hard";
                                    /** Format: uuid */
                                    id: string;
                                    status: string;
                                    title: string;
                                }[];
                                tasks: {
                                    colour: string | null;
                                    progress: number;
                                    status: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    title: string;
                                }[];
                            } | null;
                            quarter: string;
                            rank: number | null;
                            rankTitle: string;
                            returnReason: string | null;
                            score: number | null;
                            /** @enum {string} */
                            status: "dispatched" | "submitted" | "reviewed" | "assessed" | "fed_back" | "published";
                            submittedAt: string | null;
                            /** @enum {string|null} */
                            suggestedGrade: "good" | "fairly_good" | "average" | "poor" | null;
                            summary: string;
                            unitComment: string;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            version: number;
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
    "/api/assessment/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 人岗匹配 Suggest cadres */
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
                        districtId: string;
                        /** @default 10 */
                        limit?: number;
                        traits: ("innovation" | "execution" | "communication" | "leadership" | "learning" | "professional" | "adaptability" | "resilience" | "style" | "responsibility" | "self_improvement")[];
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
                            name: string;
                            /** Format: uuid */
                            personId: string;
                            reasons: {
                                evidence: number;
                                score: number;
                                /** @enum {string} */
                                trait: "innovation" | "execution" | "communication" | "leadership" | "learning" | "professional" | "adaptability" | "resilience" | "style" | "responsibility" | "self_improvement";
                            }[];
                            score: number;
                            tags: string[];
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/assessment/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核单位与双点 Units */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            cadres: number;
                            /** @enum {string} */
                            deptType: "party_admin" | "economy" | "livelihood" | "street" | "law_enforcement";
                            leaderName: string;
                            liaison: boolean;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            observation: boolean;
                            supervisingGroup: string;
                            version: number;
                        }[];
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
    "/api/assessment/units/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置单位类型与双点 Set unit */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    nodeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        deptType: "party_admin" | "economy" | "livelihood" | "street" | "law_enforcement";
                        /** Format: uuid */
                        districtId: string;
                        /** @default  */
                        leaderName?: string;
                        liaison: boolean;
                        observation: boolean;
                        /** @default  */
                        supervisingGroup?: string;
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
                            /** Format: uuid */
                            nodeId: string;
                            version: number;
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 Search the audit log */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    from?: string;
                    limit?: number;
                    objectId?: string;
                    objectType?: string;
                    offset?: number;
                    result?: "ok" | "denied" | "failed";
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
                                action: string;
                                actionName: {
                                    "en-US": string;
                                    "zh-CN": string;
                                } | null;
                                actorName: string;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                districtId: string | null;
                                ip: string;
                                objectId: string | null;
                                objectType: string;
                                /** @enum {string} */
                                result: "ok" | "denied" | "failed";
                                seq: number;
                                subject: string | null;
                                userAgent: string;
                            }[];
                            total: number;
                            totalCapped: boolean;
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
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作名称 Named actions */
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
                            code: string;
                            "en-US": string;
                            "zh-CN": string;
                        }[];
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
    "/api/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志 Export to Excel */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    from?: string;
                    objectId?: string;
                    objectType?: string;
                    result?: "ok" | "denied" | "failed";
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
                    content?: never;
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验哈希链 Verify the hash chain */
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
                            badSeq?: number;
                            count: number;
                            ok: boolean;
                            reason?: string;
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
    "/api/auth/lang": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 切换语言 Switch language */
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
                        lang: "zh-CN" | "en-US";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Log in (step one) */
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
                        username: string;
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
                            mfaRequired: boolean;
                            mustChangePassword: boolean;
                            totpEnrolled: boolean;
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
        /** 退出 Log out */
        post: {
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
                            /** @enum {boolean} */
                            ok: true;
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
        /** 当前用户 Who am I */
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
                            abilities?: string[];
                            authenticated: boolean;
                            csrfToken?: string;
                            grants?: {
                                /** Format: uuid */
                                districtId: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                role: string;
                            }[];
                            /** @enum {string} */
                            lang: "zh-CN" | "en-US";
                            mfaPending?: boolean;
                            /** @enum {string} */
                            passwordPreset?: "mlps" | "asvs";
                            totpEnrolled?: boolean;
                            user?: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                                mustChangePassword: boolean;
                                personId: string | null;
                                username: string;
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
        /** 修改密码 Change password */
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
                        current: string;
                        next: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 动态验证码 Second factor */
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
                        code: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认绑定 Confirm TOTP */
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
                        code: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 绑定动态验证码 Start TOTP enrolment */
        post: {
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
                            secret: string;
                            uri: string;
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
    "/api/council/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议事机构 Councils */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            can: {
                                enrol: boolean;
                                manage: boolean;
                            };
                            /** Format: uuid */
                            districtId: string;
                            figures: {
                                meetings: number;
                                resolved: number;
                                topics: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "residents" | "children";
                            members: {
                                alias: string;
                                joinedAt: string;
                                /** Format: uuid */
                                personId: string | null;
                                /** @enum {string} */
                                role: "chair" | "member" | "child";
                            }[];
                            myChildren: {
                                member: boolean;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 设立议事机构 Set up a council */
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
                        kind: "residents" | "children";
                        /** Format: uuid */
                        nodeId: string;
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
                            can: {
                                enrol: boolean;
                                manage: boolean;
                            };
                            /** Format: uuid */
                            districtId: string;
                            figures: {
                                meetings: number;
                                resolved: number;
                                topics: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "residents" | "children";
                            members: {
                                alias: string;
                                joinedAt: string;
                                /** Format: uuid */
                                personId: string | null;
                                /** @enum {string} */
                                role: "chair" | "member" | "child";
                            }[];
                            myChildren: {
                                member: boolean;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
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
    "/api/council/bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议事机构详情 A council */
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
                            can: {
                                enrol: boolean;
                                manage: boolean;
                            };
                            /** Format: uuid */
                            districtId: string;
                            figures: {
                                meetings: number;
                                resolved: number;
                                topics: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "residents" | "children";
                            members: {
                                alias: string;
                                joinedAt: string;
                                /** Format: uuid */
                                personId: string | null;
                                /** @enum {string} */
                                role: "chair" | "member" | "child";
                            }[];
                            myChildren: {
                                member: boolean;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
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
    "/api/council/bodies/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监护人为孩子报名童议员 Enrol a child */
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
                        /** Format: uuid */
                        childId: string;
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
                            alias: string;
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
    "/api/council/bodies/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增补议事会成员 Appoint a member */
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
                        /** Format: uuid */
                        personId: string;
                        /** @enum {string} */
                        role: "chair" | "member";
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
                            can: {
                                enrol: boolean;
                                manage: boolean;
                            };
                            /** Format: uuid */
                            districtId: string;
                            figures: {
                                meetings: number;
                                resolved: number;
                                topics: number;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "residents" | "children";
                            members: {
                                alias: string;
                                joinedAt: string;
                                /** Format: uuid */
                                personId: string | null;
                                /** @enum {string} */
                                role: "chair" | "member" | "child";
                            }[];
                            myChildren: {
                                member: boolean;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
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
    "/api/council/bodies/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 成员退出 A member leaves */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/council/export/meetings.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出议事会议 Export (Excel) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/council/export/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出表决结果 Export (Excel) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/council/export/topics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出议题台账 Export (Excel) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/council/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议事数据 Figures */
        get: {
            parameters: {
                query: {
                    from?: string;
                    nodeId: string;
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
                            adopted: number;
                            decided: number;
                            meetings: number;
                            proposals: number;
                            resolved: number;
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
    "/api/council/ideas/{id}/supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 点赞金点子 Support an idea */
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
                        /** Format: uuid */
                        asPersonId?: string;
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
                            added: boolean;
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
    "/api/council/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议事会议 Meetings */
        get: {
            parameters: {
                query?: {
                    bodyId?: string;
                    limit?: number;
                    nodeId?: string;
                    offset?: number;
                    status?: "planned" | "held" | "cancelled";
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
                                agenda: string;
                                attendees: number;
                                /** Format: uuid */
                                bodyId: string;
                                /** @enum {string} */
                                bodyKind: "residents" | "children";
                                bodyName: string;
                                can: {
                                    edit: boolean;
                                };
                                cancelReason: string | null;
                                /** Format: uuid */
                                id: string;
                                minutes: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                photos: {
                                    height: number;
                                    /** Format: uuid */
                                    id: string;
                                    width: number;
                                }[];
                                place: string;
                                startsAt: string;
                                /** @enum {string} */
                                status: "planned" | "held" | "cancelled";
                                title: string;
                                topics: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                }[];
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 召集会议 Call a meeting */
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
                        /** @default  */
                        agenda?: string;
                        /**
                         * @default residents
                         * @enum {string}
                         */
                        kind?: "residents" | "children";
                        /** Format: uuid */
                        nodeId: string;
                        /** @default  */
                        place?: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: string;
                        /** @default [] */
                        topicIds?: string[];
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
                            /** Format: uuid */
                            id: string;
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
    "/api/council/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议详情 A meeting */
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
                            agenda: string;
                            attendance: {
                                label: string;
                                role: string;
                            }[];
                            attendees: number;
                            /** Format: uuid */
                            bodyId: string;
                            /** @enum {string} */
                            bodyKind: "residents" | "children";
                            bodyName: string;
                            can: {
                                edit: boolean;
                            };
                            cancelReason: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            photos: {
                                height: number;
                                /** Format: uuid */
                                id: string;
                                width: number;
                            }[];
                            place: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            topics: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                            version: number;
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
        /** 修改会议 Change a meeting */
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
                        agenda?: string;
                        place?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        title?: string;
                        topicIds?: string[];
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
                            agenda: string;
                            attendance: {
                                label: string;
                                role: string;
                            }[];
                            attendees: number;
                            /** Format: uuid */
                            bodyId: string;
                            /** @enum {string} */
                            bodyKind: "residents" | "children";
                            bodyName: string;
                            can: {
                                edit: boolean;
                            };
                            cancelReason: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            photos: {
                                height: number;
                                /** Format: uuid */
                                id: string;
                                width: number;
                            }[];
                            place: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            topics: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/council/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消会议 Cancel */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/council/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会议纪要与签到 Minutes and attendance */
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
                        attendance: {
                            label: string;
                            /** Format: uuid */
                            personId?: string;
                            /** @enum {string} */
                            role: "member" | "child" | "resident" | "officer" | "guest";
                        }[];
                        minutes: string;
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
                            agenda: string;
                            attendance: {
                                label: string;
                                role: string;
                            }[];
                            attendees: number;
                            /** Format: uuid */
                            bodyId: string;
                            /** @enum {string} */
                            bodyKind: "residents" | "children";
                            bodyName: string;
                            can: {
                                edit: boolean;
                            };
                            cancelReason: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            photos: {
                                height: number;
                                /** Format: uuid */
                                id: string;
                                width: number;
                            }[];
                            place: string;
                            startsAt: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            title: string;
                            topics: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                            version: number;
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
    "/api/council/meetings/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会议照片 Add a photo (multipart field `file`) */
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
                            /** Format: uuid */
                            id: string;
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
    "/api/council/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待处理 Moderation queue */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            overdue: {
                                authorLabel: string;
                                /** Format: uuid */
                                bodyId: string;
                                /** @enum {string} */
                                bodyKind: "residents" | "children";
                                /** @enum {string} */
                                category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                                createdAt: string;
                                following: boolean;
                                hidden: boolean;
                                /** Format: uuid */
                                id: string;
                                ideas: number;
                                newsAt: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** @enum {string|null} */
                                outcome: "adopted" | "not_adopted" | null;
                                overdue: boolean;
                                progress: number;
                                /** @enum {string} */
                                stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                                stageDueAt: string | null;
                                stageSince: string;
                                supports: number;
                                title: string;
                            }[];
                            recent: {
                                authorLabel: string;
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                target: "idea" | "comment";
                                text: string;
                                /** Format: uuid */
                                topicId: string;
                                topicTitle: string;
                            }[];
                            toAccept: {
                                authorLabel: string;
                                /** Format: uuid */
                                bodyId: string;
                                /** @enum {string} */
                                bodyKind: "residents" | "children";
                                /** @enum {string} */
                                category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                                createdAt: string;
                                following: boolean;
                                hidden: boolean;
                                /** Format: uuid */
                                id: string;
                                ideas: number;
                                newsAt: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** @enum {string|null} */
                                outcome: "adopted" | "not_adopted" | null;
                                overdue: boolean;
                                progress: number;
                                /** @enum {string} */
                                stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                                stageDueAt: string | null;
                                stageSince: string;
                                supports: number;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 隐藏或恢复 Hide or show */
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
                        hide: boolean;
                        /** Format: uuid */
                        id: string;
                        reason?: string;
                        /** @enum {string} */
                        target: "topic" | "idea" | "comment";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/council/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 照片 Photo bytes */
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
                    content?: never;
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
    "/api/council/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议题 Topics */
        get: {
            parameters: {
                query?: {
                    bodyId?: string;
                    kind?: "residents" | "children";
                    limit?: number;
                    mine?: "0" | "1";
                    nodeId?: string;
                    offset?: number;
                    q?: string;
                    stage?: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                    status?: "active" | "decided";
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
                                authorLabel: string;
                                /** Format: uuid */
                                bodyId: string;
                                /** @enum {string} */
                                bodyKind: "residents" | "children";
                                /** @enum {string} */
                                category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                                createdAt: string;
                                following: boolean;
                                hidden: boolean;
                                /** Format: uuid */
                                id: string;
                                ideas: number;
                                newsAt: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** @enum {string|null} */
                                outcome: "adopted" | "not_adopted" | null;
                                overdue: boolean;
                                progress: number;
                                /** @enum {string} */
                                stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                                stageDueAt: string | null;
                                stageSince: string;
                                supports: number;
                                title: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提议题 Raise a topic */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        asPersonId?: string;
                        /** @enum {string} */
                        category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                        description: string;
                        /**
                         * @default residents
                         * @enum {string}
                         */
                        kind?: "residents" | "children";
                        /** Format: uuid */
                        nodeId: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/council/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议题详情 A topic */
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
                            actAs: {
                                label: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            actions: ("accept" | "decline" | "withdraw" | "to_plan" | "to_floor" | "to_convention" | "to_decide" | "revise" | "resolve")[];
                            authorLabel: string;
                            /** Format: uuid */
                            bodyId: string;
                            /** @enum {string} */
                            bodyKind: "residents" | "children";
                            can: {
                                comment: boolean;
                                deadline: boolean;
                                draft: boolean;
                                follow: boolean;
                                idea: boolean;
                                moderate: boolean;
                                progress: boolean;
                                support: boolean;
                            };
                            /** @enum {string} */
                            category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                            comments: {
                                authorLabel: string;
                                can: {
                                    moderate: boolean;
                                };
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                                text: string;
                            }[];
                            createdAt: string;
                            decidedAt: string | null;
                            declineReason: string | null;
                            description: string;
                            drafts: {
                                authorLabel: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "plan" | "convention";
                                note: string;
                                text: string;
                                version: number;
                            }[];
                            following: boolean;
                            hidden: boolean;
                            hiddenReason: string | null;
                            /** Format: uuid */
                            id: string;
                            ideas: number;
                            ideasList: {
                                authorLabel: string;
                                can: {
                                    moderate: boolean;
                                    support: boolean;
                                };
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason: string | null;
                                /** Format: uuid */
                                id: string;
                                supported: boolean;
                                supports: number;
                                text: string;
                            }[];
                            meetings: {
                                /** Format: uuid */
                                id: string;
                                startsAt: string;
                                status: string;
                                title: string;
                            }[];
                            newsAt: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** @enum {string|null} */
                            outcome: "adopted" | "not_adopted" | null;
                            overdue: boolean;
                            progress: number;
                            progressNotes: {
                                authorLabel: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                percent: number;
                                text: string;
                            }[];
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                            stageDueAt: string | null;
                            stageSince: string;
                            supported: boolean;
                            supports: number;
                            title: string;
                            version: number;
                            vote: {
                                ballots: number | null;
                                can: {
                                    cancel: boolean;
                                    cast: boolean;
                                    close: boolean;
                                    paper: boolean;
                                };
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                closedAt: string | null;
                                closesAt: string;
                                description: string;
                                /** Format: uuid */
                                districtId: string;
                                eligible: number | null;
                                /** Format: uuid */
                                id: string;
                                maxChoices: number;
                                /** @enum {string} */
                                method: "single" | "approval" | "ranking";
                                myVoters: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    voted: boolean;
                                }[];
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                opensAt: string;
                                options: {
                                    count: number | null;
                                    first: number | null;
                                    label: string;
                                    points: number | null;
                                    position: number;
                                }[];
                                owner: string;
                                ownerRef: string | null;
                                secret: boolean;
                                /** @enum {string} */
                                state: "scheduled" | "open" | "closing" | "closed" | "cancelled";
                                title: string;
                                turnout: number | null;
                                voted: number;
                            } | null;
                            /** @enum {string|null} */
                            voteAudience: "residents" | "members" | "children" | null;
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
    "/api/council/topics/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发表意见 Comment */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        asPersonId?: string;
                        text: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/council/topics/{id}/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 步骤截止时间 Step deadline */
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
                        /** Format: date-time */
                        dueAt: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/council/topics/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版本对比 Compare versions */
        get: {
            parameters: {
                query: {
                    from: number;
                    kind: "plan" | "convention";
                    to: number;
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
                            /** @enum {string} */
                            op: "=" | "+" | "-";
                            text: string;
                        }[];
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
    "/api/council/topics/{id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拟定方案或公约（新版本） Save a plan or convention version */
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
                        baseVersion: number;
                        /** @enum {string} */
                        kind: "plan" | "convention";
                        /** @default  */
                        note?: string;
                        text: string;
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
                            /** Format: uuid */
                            id: string;
                            version: number;
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
    "/api/council/topics/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 关注 Follow */
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
                        follow: boolean;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/council/topics/{id}/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出主意 Give an idea */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        asPersonId?: string;
                        text: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/council/topics/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 实施进展 Progress note */
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
                        percent: number;
                        text: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/council/topics/{id}/supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 附议 Support a topic */
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
                        /** Format: uuid */
                        asPersonId?: string;
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
                            added: boolean;
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
    "/api/council/topics/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进议事步骤 Take a step (受理、进入下一步、表决、解决…) */
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
                        action: "accept" | "decline" | "withdraw" | "to_plan" | "to_floor" | "to_convention" | "to_decide" | "revise" | "resolve";
                        /** Format: date-time */
                        dueAt?: string;
                        note?: string;
                        reason?: string;
                        vote?: {
                            /**
                             * @default residents
                             * @enum {string}
                             */
                            audience?: "residents" | "members" | "children";
                            /** Format: date-time */
                            closesAt: string;
                            /** @default true */
                            secret?: boolean;
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
                            stage: string;
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
    "/api/eldercare/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一老一小服务站 Care stations */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            active: boolean;
                            address: string;
                            can: {
                                manage: boolean;
                                request: boolean;
                            };
                            circle: unknown;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "elderly" | "infant" | "integrated";
                            lat: number;
                            lng: number;
                            minutes: number;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            openingHours: string;
                            radius: number;
                            services: string[];
                            tickets: number;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 设立服务站 Set up a station */
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
                        address?: string;
                        /** @enum {string} */
                        kind: "elderly" | "infant" | "integrated";
                        lat: number;
                        lng: number;
                        minutes?: number;
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
                        openingHours?: string;
                        services?: string[];
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
                            /** Format: uuid */
                            id: string;
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
    "/api/eldercare/stations/{id}": {
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
        /** 修改服务站 Update a station */
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
                        minutes?: number;
                        openingHours?: string;
                        services?: string[];
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/eldercare/stations/{id}/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 15分钟照护圈覆盖 Grids within the circle */
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
                            grids: {
                                distance: number;
                                households: number | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                within: boolean;
                            }[];
                            households: number | null;
                            householdsDefinition: string;
                            mapped: number;
                            radius: number;
                            /** Format: uuid */
                            stationId: string;
                            within: number;
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
    "/api/eldercare/stations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出服务站 Export stations (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/eldercare/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务工单 Service tickets */
        get: {
            parameters: {
                query?: {
                    mine?: boolean;
                    nodeId?: string;
                    state?: "requested" | "assigned" | "done" | "rated" | "cancelled";
                    stationId?: string;
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
                            actions: string[];
                            assigneeName: string;
                            createdAt: string;
                            description: string;
                            doneAt: string | null;
                            doneNote: string;
                            /** Format: uuid */
                            id: string;
                            nodeName: string;
                            number: string;
                            phone: string;
                            rating: number | null;
                            ratingComment: string;
                            requesterName: string;
                            service: string;
                            /** @enum {string} */
                            state: "requested" | "assigned" | "done" | "rated" | "cancelled";
                            /** Format: uuid */
                            stationId: string;
                            /** @enum {string} */
                            stationKind: "elderly" | "infant" | "integrated";
                            stationName: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 提交服务需求 Ask for a service (Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName?: string;
                        description: string;
                        phone?: string;
                        service: string;
                        /** Format: uuid */
                        stationId: string;
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
                            /** Format: uuid */
                            id: string;
                            number: string;
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
    "/api/eldercare/tickets/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 派单/完成/评价/取消 Move a ticket */
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
                        action: "assign" | "complete" | "rate" | "cancel";
                        assigneeName?: string;
                        /** Format: uuid */
                        assigneeUserId?: string;
                        note?: string;
                        rating?: number;
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
                            actions: string[];
                            assigneeName: string;
                            createdAt: string;
                            description: string;
                            doneAt: string | null;
                            doneNote: string;
                            /** Format: uuid */
                            id: string;
                            nodeName: string;
                            number: string;
                            phone: string;
                            rating: number | null;
                            ratingComment: string;
                            requesterName: string;
                            service: string;
                            /** @enum {string} */
                            state: "requested" | "assigned" | "done" | "rated" | "cancelled";
                            /** Format: uuid */
                            stationId: string;
                            /** @enum {string} */
                            stationKind: "elderly" | "infant" | "integrated";
                            stationName: string;
                            version: number;
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
    "/api/eldercare/tickets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出服务工单 Export tickets (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件列表 Events in scope */
        get: {
            parameters: {
                query?: {
                    category?: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                    departmentId?: string;
                    from?: string;
                    limit?: number;
                    mine?: "0" | "1";
                    nodeId?: string;
                    offset?: number;
                    q?: string;
                    state?: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
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
                                actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                                address: string;
                                /** @enum {string} */
                                category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                                closedAt: string | null;
                                /** Format: uuid */
                                departmentId: string | null;
                                departmentName: string | null;
                                description: string;
                                dispatchedAt: string | null;
                                /** Format: uuid */
                                duplicateOf: string | null;
                                handledAt: string | null;
                                /** Format: uuid */
                                handlingNodeId: string;
                                /** Format: uuid */
                                id: string;
                                level: number;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                number: string | null;
                                photoIds: string[];
                                position: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                public: boolean;
                                receivedAt: string | null;
                                recurring: boolean;
                                reportedAt: string;
                                reporterKind: string;
                                reporterName: string;
                                resolvedAt: string | null;
                                /** @enum {string} */
                                state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                                timer: {
                                    /** @enum {string} */
                                    colour: "green" | "yellow" | "red" | "none";
                                    deadline: string | null;
                                    /** @enum {string|null} */
                                    phase: "receive" | "handle" | null;
                                };
                                title: string;
                                verifiedAt: string | null;
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 上报事件 Report an event */
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
                        /** @default  */
                        address?: string;
                        /** @enum {string} */
                        category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                        /** @default  */
                        description?: string;
                        /** Format: uuid */
                        id: string;
                        /** @default 1 */
                        level?: 1 | 2 | 3;
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: uuid */
                        patrolId?: string | null;
                        position?: {
                            lat: number;
                            lng: number;
                        } | null;
                        public?: boolean;
                        /** Format: date-time */
                        reportedAt?: string;
                        /**
                         * @default grid_worker
                         * @enum {string}
                         */
                        reporterKind?: "grid_worker" | "resident" | "patrol" | "open311";
                        title: string;
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
                            actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                            address: string;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            closedAt: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            duplicateOf: string | null;
                            handledAt: string | null;
                            /** Format: uuid */
                            handlingNodeId: string;
                            /** Format: uuid */
                            id: string;
                            level: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string | null;
                            photoIds: string[];
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            public: boolean;
                            receivedAt: string | null;
                            recurring: boolean;
                            reportedAt: string;
                            reporterKind: string;
                            reporterName: string;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            timer: {
                                /** @enum {string} */
                                colour: "green" | "yellow" | "red" | "none";
                                deadline: string | null;
                                /** @enum {string|null} */
                                phase: "receive" | "handle" | null;
                            };
                            title: string;
                            verifiedAt: string | null;
                            version: number;
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
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件详情 Event */
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
                            actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                            address: string;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            closedAt: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            duplicateOf: string | null;
                            evaluation: {
                                at: string;
                                byName: string;
                                fixed: boolean;
                                note: string;
                                residentsAgree: boolean;
                            } | null;
                            handledAt: string | null;
                            /** Format: uuid */
                            handlingNodeId: string;
                            history: {
                                action: string;
                                actorName: string;
                                at: string;
                                departmentName: string | null;
                                from: string | null;
                                note: string | null;
                                public: boolean;
                                to: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            level: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string | null;
                            photoIds: string[];
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            public: boolean;
                            receivedAt: string | null;
                            recurring: boolean;
                            reportedAt: string;
                            reporterKind: string;
                            reporterName: string;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            timer: {
                                /** @enum {string} */
                                colour: "green" | "yellow" | "red" | "none";
                                deadline: string | null;
                                /** @enum {string|null} */
                                phase: "receive" | "handle" | null;
                            };
                            title: string;
                            verifiedAt: string | null;
                            version: number;
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
    "/api/events/{id}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可派遣部门 Departments the event may be dispatched to */
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
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
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
    "/api/events/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评估 Record whether the problem was fixed and residents agreed */
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
                        fixed: boolean;
                        /** @default  */
                        note?: string;
                        residentsAgree: boolean;
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
                            actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                            address: string;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            closedAt: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            duplicateOf: string | null;
                            handledAt: string | null;
                            /** Format: uuid */
                            handlingNodeId: string;
                            /** Format: uuid */
                            id: string;
                            level: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string | null;
                            photoIds: string[];
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            public: boolean;
                            receivedAt: string | null;
                            recurring: boolean;
                            reportedAt: string;
                            reporterKind: string;
                            reporterName: string;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            timer: {
                                /** @enum {string} */
                                colour: "green" | "yellow" | "red" | "none";
                                deadline: string | null;
                                /** @enum {string|null} */
                                phase: "receive" | "handle" | null;
                            };
                            title: string;
                            verifiedAt: string | null;
                            version: number;
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
    "/api/events/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 备注或公开答复 Add an internal note or a public reply */
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
                        /** @default false */
                        public?: boolean;
                        text: string;
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
                            actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                            address: string;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            closedAt: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            duplicateOf: string | null;
                            handledAt: string | null;
                            /** Format: uuid */
                            handlingNodeId: string;
                            /** Format: uuid */
                            id: string;
                            level: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string | null;
                            photoIds: string[];
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            public: boolean;
                            receivedAt: string | null;
                            recurring: boolean;
                            reportedAt: string;
                            reporterKind: string;
                            reporterName: string;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            timer: {
                                /** @enum {string} */
                                colour: "green" | "yellow" | "red" | "none";
                                deadline: string | null;
                                /** @enum {string|null} */
                                phase: "receive" | "handle" | null;
                            };
                            title: string;
                            verifiedAt: string | null;
                            version: number;
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
    "/api/events/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传照片 Add a photo (multipart field `file`) */
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
                            /** Format: uuid */
                            id: string;
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
    "/api/events/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 照片 Photo bytes */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/events/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 流转 Move the event (receive, dispatch, accept, return, handle, verify, close, …) */
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
                        action: "receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve";
                        /** Format: uuid */
                        departmentId?: string;
                        duplicateOf?: string;
                        note?: string;
                        /** Format: uuid */
                        photoId?: string;
                        publicReply?: boolean;
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
                            actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                            address: string;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            closedAt: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            duplicateOf: string | null;
                            handledAt: string | null;
                            /** Format: uuid */
                            handlingNodeId: string;
                            /** Format: uuid */
                            id: string;
                            level: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string | null;
                            photoIds: string[];
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            public: boolean;
                            receivedAt: string | null;
                            recurring: boolean;
                            reportedAt: string;
                            reporterKind: string;
                            reporterName: string;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            timer: {
                                /** @enum {string} */
                                colour: "green" | "yellow" | "red" | "none";
                                deadline: string | null;
                                /** @enum {string|null} */
                                phase: "receive" | "handle" | null;
                            };
                            title: string;
                            verifiedAt: string | null;
                            version: number;
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
    "/api/events/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件分类 Categories */
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
                            code: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            name: string;
                            sla: {
                                handleDays: number;
                                level: number;
                                receiveHours: number;
                            }[];
                        }[];
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
    "/api/events/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 驾驶舱 Dashboard of a node */
        get: {
            parameters: {
                query: {
                    departmentId?: string;
                    from: string;
                    granularity?: "day" | "week" | "month";
                    nodeId?: string;
                    to: string;
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
                            byCategory: {
                                /** @enum {string} */
                                category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                                count: number;
                                name: string;
                            }[];
                            byState: {
                                count: number;
                                /** @enum {string} */
                                state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            }[];
                            node: {
                                /** Format: uuid */
                                id: string;
                                level: string;
                                name: string;
                            };
                            overdue: {
                                actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                                address: string;
                                /** @enum {string} */
                                category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                                closedAt: string | null;
                                /** Format: uuid */
                                departmentId: string | null;
                                departmentName: string | null;
                                description: string;
                                dispatchedAt: string | null;
                                /** Format: uuid */
                                duplicateOf: string | null;
                                handledAt: string | null;
                                /** Format: uuid */
                                handlingNodeId: string;
                                /** Format: uuid */
                                id: string;
                                level: number;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                number: string | null;
                                photoIds: string[];
                                position: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                public: boolean;
                                receivedAt: string | null;
                                recurring: boolean;
                                reportedAt: string;
                                reporterKind: string;
                                reporterName: string;
                                resolvedAt: string | null;
                                /** @enum {string} */
                                state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                                timer: {
                                    /** @enum {string} */
                                    colour: "green" | "yellow" | "red" | "none";
                                    deadline: string | null;
                                    /** @enum {string|null} */
                                    phase: "receive" | "handle" | null;
                                };
                                title: string;
                                verifiedAt: string | null;
                                version: number;
                            }[];
                            points: {
                                /** @enum {string} */
                                category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                                /** Format: uuid */
                                id: string;
                                lat: number;
                                lng: number;
                                recurring: boolean;
                                /** @enum {string} */
                                state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                                title: string;
                            }[];
                            rates: {
                                definition: {
                                    disposalRate: string;
                                    onSpotShare: string;
                                    receiptRate: string;
                                };
                                totals: {
                                    dispatched: number;
                                    disposalRate: number | null;
                                    handled: number;
                                    onSpotShare: number | null;
                                    receiptRate: number | null;
                                    received: number;
                                    reported: number;
                                    resolved: number;
                                    verified: number;
                                };
                                trend: {
                                    bucket: string;
                                    dispatched: number;
                                    disposalRate: number | null;
                                    handled: number;
                                    onSpotShare: number | null;
                                    receiptRate: number | null;
                                    received: number;
                                    reported: number;
                                    resolved: number;
                                    verified: number;
                                }[];
                            };
                            recurring: {
                                address: string;
                                /** @enum {string} */
                                category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                                count: number;
                                /** Format: uuid */
                                lastId: string;
                            }[];
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
    "/api/events/prevention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预防事项 Prevention items */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    state?: "open" | "reviewed" | "closed";
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
                            address: string;
                            canReview: boolean;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "place" | "category";
                            measures: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            ownerName: string;
                            /** Format: uuid */
                            ownerUserId: string | null;
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            reviewNote: string;
                            reviewOn: string;
                            /** Format: uuid */
                            sourceEventId: string | null;
                            /** @enum {string} */
                            state: "open" | "reviewed" | "closed";
                            title: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新建预防事项 Make a recurring problem a prevention item */
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
                        category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                        /** @enum {string} */
                        kind: "place" | "category";
                        /** @default  */
                        measures?: string;
                        /** Format: uuid */
                        nodeId?: string;
                        /** @default  */
                        ownerName?: string;
                        /** Format: uuid */
                        ownerUserId?: string;
                        /** Format: date */
                        reviewOn: string;
                        /** Format: uuid */
                        sourceEventId?: string;
                        title: string;
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
                            address: string;
                            canReview: boolean;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "place" | "category";
                            measures: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            ownerName: string;
                            /** Format: uuid */
                            ownerUserId: string | null;
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            reviewNote: string;
                            reviewOn: string;
                            /** Format: uuid */
                            sourceEventId: string | null;
                            /** @enum {string} */
                            state: "open" | "reviewed" | "closed";
                            title: string;
                            version: number;
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
    "/api/events/prevention/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复查预防事项 Review a prevention item */
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
                        /** Format: date */
                        nextReviewOn?: string;
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        state: "open" | "reviewed" | "closed";
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
                            address: string;
                            canReview: boolean;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "place" | "category";
                            measures: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            ownerName: string;
                            /** Format: uuid */
                            ownerUserId: string | null;
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            reviewNote: string;
                            reviewOn: string;
                            /** Format: uuid */
                            sourceEventId: string | null;
                            /** @enum {string} */
                            state: "open" | "reviewed" | "closed";
                            title: string;
                            version: number;
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
    "/api/events/prevention/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出预防事项 Export prevention items (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    state?: "open" | "reviewed" | "closed";
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
                    content?: never;
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
    "/api/events/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接收率与处置率 Receipt and disposal rates */
        get: {
            parameters: {
                query: {
                    departmentId?: string;
                    from: string;
                    granularity?: "day" | "week" | "month";
                    nodeId?: string;
                    to: string;
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
                            definition: {
                                disposalRate: string;
                                onSpotShare: string;
                                receiptRate: string;
                            };
                            totals: {
                                dispatched: number;
                                disposalRate: number | null;
                                handled: number;
                                onSpotShare: number | null;
                                receiptRate: number | null;
                                received: number;
                                reported: number;
                                resolved: number;
                                verified: number;
                            };
                            trend: {
                                bucket: string;
                                dispatched: number;
                                disposalRate: number | null;
                                handled: number;
                                onSpotShare: number | null;
                                receiptRate: number | null;
                                received: number;
                                reported: number;
                                resolved: number;
                                verified: number;
                            }[];
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
    "/api/events/rates/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 排名 Ranking of children */
        get: {
            parameters: {
                query: {
                    departmentId?: string;
                    from: string;
                    granularity?: "day" | "week" | "month";
                    nodeId?: string;
                    to: string;
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
                            dispatched: number;
                            disposalRate: number | null;
                            handled: number;
                            level: string;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            onSpotShare: number | null;
                            rank: number;
                            receiptRate: number | null;
                            received: number;
                            reported: number;
                            resolved: number;
                            verified: number;
                        }[];
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
    "/api/events/resident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 居民上报 A resident reports a problem at a place (the grid follows from the point) */
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
                        /** @default  */
                        address?: string;
                        /** @enum {string} */
                        category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                        /** @default  */
                        description?: string;
                        /** Format: uuid */
                        id: string;
                        position?: {
                            lat: number;
                            lng: number;
                        } | null;
                        /** @default false */
                        public?: boolean;
                        title: string;
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
                            actions: ("receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve")[];
                            address: string;
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            closedAt: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string;
                            dispatchedAt: string | null;
                            /** Format: uuid */
                            duplicateOf: string | null;
                            handledAt: string | null;
                            /** Format: uuid */
                            handlingNodeId: string;
                            /** Format: uuid */
                            id: string;
                            level: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string | null;
                            photoIds: string[];
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            public: boolean;
                            receivedAt: string | null;
                            recurring: boolean;
                            reportedAt: string;
                            reporterKind: string;
                            reporterName: string;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            state: "reported" | "received" | "dispatched" | "accepted" | "returned" | "handled" | "verified" | "closed" | "rejected" | "merged" | "escalated" | "resolved";
                            timer: {
                                /** @enum {string} */
                                colour: "green" | "yellow" | "red" | "none";
                                deadline: string | null;
                                /** @enum {string|null} */
                                phase: "receive" | "handle" | null;
                            };
                            title: string;
                            verifiedAt: string | null;
                            version: number;
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
    "/api/events/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 派遣规则 Routing rules */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            /** @enum {string} */
                            category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                            /** Format: uuid */
                            departmentId: string;
                            departmentName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 设定派遣规则 Set a routing rule */
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
                        category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                        /** Format: uuid */
                        departmentId: string;
                        /** Format: uuid */
                        nodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/events/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除派遣规则 Delete a routing rule */
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
                            ok: boolean;
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
    "/api/events/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区设置 A district's events settings (the recurrence rule) */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            canEdit: boolean;
                            custom: boolean;
                            /** Format: uuid */
                            districtId: string;
                            recurrence: {
                                count: number;
                                days: number;
                                metres: number;
                            };
                            version: number;
                        };
                    };
                };
            };
        };
        /** 修改区设置 Change a district's events settings (409 with the current copy) */
        put: {
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
                        districtId: string;
                        recurrence: {
                            count: number;
                            days: number;
                            metres: number;
                        };
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
                            canEdit: boolean;
                            custom: boolean;
                            /** Format: uuid */
                            districtId: string;
                            recurrence: {
                                count: number;
                                days: number;
                                metres: number;
                            };
                            version: number;
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
    "/api/events/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 时限 Effective service levels */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            category: string;
                            custom: boolean;
                            handleDays: number;
                            level: number;
                            receiveHours: number;
                        }[];
                    };
                };
            };
        };
        /** 设定时限 Set a service level */
        put: {
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
                        category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                        /** Format: uuid */
                        districtId: string;
                        handleDays: number;
                        level: 1 | 2 | 3;
                        receiveHours: number;
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
                            ok: boolean;
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
    "/api/grid/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格员配置 Assignments */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            from: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "worker" | "cadre" | "head";
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            to: string | null;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 指派网格员 Assign */
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
                        /** Format: date */
                        from: string;
                        /** @enum {string} */
                        kind: "worker" | "cadre" | "head";
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: date */
                        to?: string | null;
                        /** Format: uuid */
                        userId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/grid/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 结束指派 End an assignment */
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
                            ok: boolean;
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
    "/api/grid/cadre-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我当网格员 Cadres serving as grid workers */
        get: {
            parameters: {
                query: {
                    from?: string;
                    nodeId: string;
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
                            grids: string[];
                            hazards: number;
                            name: string;
                            /** Format: uuid */
                            userId: string;
                            verifiedRecords: number;
                            visits: number;
                        }[];
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
    "/api/grid/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访达标率 Visit compliance */
        get: {
            parameters: {
                query: {
                    asOf?: string;
                    from?: string;
                    nodeId: string;
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
                            alerts: {
                                dueOn: string;
                                intervalDays: number;
                                /** @enum {string} */
                                kind: "housing" | "population" | "entity";
                                label: string;
                                lastVisitedAt: string | null;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** Format: uuid */
                                recordId: string;
                                version: number;
                                /** @enum {string} */
                                visitCategory: "household" | "rental" | "special_care" | "entity";
                            }[];
                            children: {
                                due: number;
                                /** Format: uuid */
                                id: string;
                                level: string;
                                missed: number;
                                name: string;
                                onTime: number;
                                overdueNow: number;
                                rate: number | null;
                            }[];
                            definition: string;
                            from: string;
                            to: string;
                            total: {
                                due: number;
                                /** Format: uuid */
                                id: string;
                                level: string;
                                missed: number;
                                name: string;
                                onTime: number;
                                overdueNow: number;
                                rate: number | null;
                            };
                            workers: {
                                due: number;
                                /** Format: uuid */
                                id: string;
                                level: string;
                                missed: number;
                                name: string;
                                onTime: number;
                                overdueNow: number;
                                rate: number | null;
                            }[];
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
    "/api/grid/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待走访 My due list */
        get: {
            parameters: {
                query?: {
                    date?: string;
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
                            asOf: string;
                            done: {
                                dueOn: string;
                                intervalDays: number;
                                /** @enum {string} */
                                kind: "housing" | "population" | "entity";
                                label: string;
                                lastVisitedAt: string | null;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** Format: uuid */
                                recordId: string;
                                version: number;
                                /** @enum {string} */
                                visitCategory: "household" | "rental" | "special_care" | "entity";
                                visitedAt: string;
                                /** Format: uuid */
                                visitId: string;
                                visitNumber: string | null;
                            }[];
                            overdue: {
                                dueOn: string;
                                intervalDays: number;
                                /** @enum {string} */
                                kind: "housing" | "population" | "entity";
                                label: string;
                                lastVisitedAt: string | null;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** Format: uuid */
                                recordId: string;
                                version: number;
                                /** @enum {string} */
                                visitCategory: "household" | "rental" | "special_care" | "entity";
                            }[];
                            today: {
                                dueOn: string;
                                intervalDays: number;
                                /** @enum {string} */
                                kind: "housing" | "population" | "entity";
                                label: string;
                                lastVisitedAt: string | null;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** Format: uuid */
                                recordId: string;
                                version: number;
                                /** @enum {string} */
                                visitCategory: "household" | "rental" | "special_care" | "entity";
                            }[];
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
    "/api/grid/events/{id}/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事件对应的测评标准 The standard an event is tagged to */
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
                            can: {
                                tag: boolean;
                            };
                            /** @enum {string|null} */
                            source: "tag" | "finding" | null;
                            standard: {
                                active: boolean;
                                category: string | null;
                                code: string;
                                /** Format: uuid */
                                id: string;
                                itemCode: string;
                                itemName: string;
                                projectCode: string;
                                projectName: string;
                                text: string;
                            } | null;
                        };
                    };
                };
            };
        };
        /** 事件对应测评标准 Tag an event to a standard */
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
                        /** Format: uuid */
                        standardId: string;
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
                            ok: boolean;
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
    "/api/grid/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格 Grids in scope */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            level: "grid" | "micro_grid";
                            name: string;
                            outline: unknown;
                            outlineVersion: number;
                            parentName: string;
                            workers: {
                                /** Format: uuid */
                                assignmentId: string;
                                /** @enum {string} */
                                kind: "worker" | "cadre" | "head";
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                        }[];
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
    "/api/grid/grids/{id}/outline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 网格边界 Set outline */
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
                        geojson: unknown;
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
                            version: number;
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
    "/api/grid/head/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格长本周巡查 My weekly walks as grid head */
        get: {
            parameters: {
                query?: {
                    date?: string;
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
                            done: {
                                /** Format: uuid */
                                assignmentId: string;
                                lastPatrolDay: string | null;
                                missedWeeks: number;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** @enum {string} */
                                status: "done" | "due" | "overdue";
                            }[];
                            due: {
                                /** Format: uuid */
                                assignmentId: string;
                                lastPatrolDay: string | null;
                                missedWeeks: number;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** @enum {string} */
                                status: "done" | "due" | "overdue";
                            }[];
                            dueBy: string;
                            overdue: {
                                /** Format: uuid */
                                assignmentId: string;
                                lastPatrolDay: string | null;
                                missedWeeks: number;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** @enum {string} */
                                status: "done" | "due" | "overdue";
                            }[];
                            week: string;
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
    "/api/grid/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的网格 My grids */
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
                            from: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "worker" | "cadre" | "head";
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            to: string | null;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                        }[];
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
    "/api/grid/patrol-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网格长巡查覆盖率 Grid-head patrol coverage */
        get: {
            parameters: {
                query: {
                    from?: string;
                    nodeId: string;
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
                            children: {
                                grids: number;
                                gridWeeks: number;
                                /** Format: uuid */
                                id: string;
                                level: string;
                                name: string;
                                rate: number | null;
                                walked: number;
                            }[];
                            definition: string;
                            from: string;
                            heads: {
                                grids: number;
                                gridWeeks: number;
                                /** Format: uuid */
                                id: string;
                                level: string;
                                name: string;
                                rate: number | null;
                                walked: number;
                            }[];
                            to: string;
                            total: {
                                grids: number;
                                gridWeeks: number;
                                /** Format: uuid */
                                id: string;
                                level: string;
                                name: string;
                                rate: number | null;
                                walked: number;
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
    "/api/grid/patrols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 巡查记录 Patrols */
        get: {
            parameters: {
                query: {
                    from?: string;
                    nodeId: string;
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
                            asHead: boolean;
                            endedAt: string;
                            eventIds: string[];
                            findings: {
                                code: string;
                                /** Format: uuid */
                                eventId: string | null;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                projectName: string;
                                rectified: boolean;
                                /** Format: uuid */
                                standardId: string;
                                text: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            note: string;
                            number: string | null;
                            startedAt: string;
                            userName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 文明巡查 Log a patrol */
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
                        /** Format: date-time */
                        endedAt: string;
                        /** @default [] */
                        findings?: {
                            /** Format: uuid */
                            eventId?: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @default  */
                            note?: string;
                            position?: {
                                lat: number;
                                lng: number;
                            } | null;
                            /** @default true */
                            raise?: boolean;
                            /** @default false */
                            rectified?: boolean;
                            /** Format: uuid */
                            standardId: string;
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** @default  */
                        note?: string;
                        /** Format: date-time */
                        startedAt: string;
                        /** @default [] */
                        track?: {
                            lat: number;
                            lng: number;
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
                            asHead: boolean;
                            endedAt: string;
                            eventIds: string[];
                            findings: {
                                code: string;
                                /** Format: uuid */
                                eventId: string | null;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                projectName: string;
                                rectified: boolean;
                                /** Format: uuid */
                                standardId: string;
                                text: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            note: string;
                            number: string | null;
                            startedAt: string;
                            userName: string;
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
    "/api/grid/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 迎检准备度 Readiness per assessment project */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            definition: string;
                            /** Format: uuid */
                            nodeId: string;
                            projects: {
                                openProblems: number;
                                projectCode: string;
                                projectName: string;
                                rate: number | null;
                                standards: number;
                                withOpenProblems: number;
                            }[];
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
    "/api/grid/registers/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账 Register */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    nodeId: string;
                    offset?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    kind: "housing" | "population" | "entity";
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
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "housing" | "population" | "entity";
                                label: string;
                                lastVisitedAt: string | null;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** Format: uuid */
                                personId: string | null;
                                updatedAt: string;
                                version: number;
                                /** @enum {string} */
                                visitCategory: "household" | "rental" | "special_care" | "entity";
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增台账记录 Add a record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "housing" | "population" | "entity";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attrs: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        id?: string;
                        /** Format: uuid */
                        nodeId: string;
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
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "housing" | "population" | "entity";
                            label: string;
                            lastVisitedAt: string | null;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** Format: uuid */
                            personId: string | null;
                            updatedAt: string;
                            version: number;
                            /** @enum {string} */
                            visitCategory: "household" | "rental" | "special_care" | "entity";
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
    "/api/grid/registers/{kind}/{id}": {
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
        /** 修改台账记录 Update a record */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "housing" | "population" | "entity";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attrs: {
                            [key: string]: unknown;
                        };
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
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "housing" | "population" | "entity";
                            label: string;
                            lastVisitedAt: string | null;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** Format: uuid */
                            personId: string | null;
                            updatedAt: string;
                            version: number;
                            /** @enum {string} */
                            visitCategory: "household" | "rental" | "special_care" | "entity";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/grid/registers/{kind}/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 变更历史 History */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "housing" | "population" | "entity";
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
                            actorName: string;
                            after: {
                                [key: string]: unknown;
                            };
                            at: string;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {string} */
                            change: "create" | "update" | "verify" | "import";
                            /** Format: uuid */
                            visitId: string | null;
                        }[];
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
    "/api/grid/registers/{kind}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出 Export (.xlsx) */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                };
                header?: never;
                path: {
                    kind: "housing" | "population" | "entity";
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
                    content?: never;
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
    "/api/grid/registers/{kind}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入预览 Import preview (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    mapping?: string;
                    nodeId: string;
                };
                header?: never;
                path: {
                    kind: "housing" | "population" | "entity";
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
                            columns: {
                                key: string;
                                label: string;
                                required: boolean;
                            }[];
                            errorCount: number;
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            headerRow: number;
                            headers: string[];
                            /** Format: uuid */
                            importId: string;
                            /** @enum {string} */
                            kind: "housing" | "population" | "entity";
                            mapping: {
                                [key: string]: number | null;
                            };
                            sample: {
                                [key: string]: unknown;
                            }[];
                            skipped: {
                                /** @enum {string} */
                                reason: "title" | "notes" | "repeated_header";
                                row: number;
                            }[];
                            total: number;
                            valid: number;
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
    "/api/grid/registers/{kind}/import/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入进度 Import progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    importId: string;
                    kind: "housing" | "population" | "entity";
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
                            done: number;
                            failed: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            /** Format: uuid */
                            importId: string;
                            /** @enum {string} */
                            kind: "housing" | "population" | "entity";
                            /** @enum {string} */
                            status: "previewed" | "committing" | "committed";
                            total: number;
                            valid: number;
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
    "/api/grid/registers/{kind}/import/{importId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认导入 Commit an import (in batches) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    importId: string;
                    kind: "housing" | "population" | "entity";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        allOrNothing?: boolean;
                        /** @enum {boolean} */
                        confirm: true;
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
                            done: number;
                            failed: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            /** Format: uuid */
                            importId: string;
                            /** @enum {string} */
                            kind: "housing" | "population" | "entity";
                            /** @enum {string} */
                            status: "previewed" | "committing" | "committed";
                            total: number;
                            valid: number;
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
    "/api/grid/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 测评标准 Civilisation-city assessment standards */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            can: {
                                manage: boolean;
                            };
                            items: number;
                            list: {
                                active: boolean;
                                category: string | null;
                                code: string;
                                /** Format: uuid */
                                id: string;
                                itemCode: string;
                                itemName: string;
                                projectCode: string;
                                projectName: string;
                                text: string;
                            }[];
                            projects: number;
                            standards: number;
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
    "/api/grid/standards/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出测评标准 Export the standards (.xlsx) */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                    content?: never;
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
    "/api/grid/standards/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入测评标准 Import the standards (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            items: number;
                            projects: number;
                            retired: number;
                            standards: number;
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
    "/api/grid/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 离线同步 Replay an offline queue */
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
                        ops: ({
                            body: {
                                /** Format: uuid */
                                id: string;
                                /** @default  */
                                note?: string;
                                position?: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                /** Format: uuid */
                                recordId: string;
                                /** @enum {string} */
                                result: "met" | "nobody_home" | "refused" | "hazard_found";
                                /** @default [] */
                                verified?: {
                                    attrs?: {
                                        [key: string]: unknown;
                                    };
                                    /** Format: uuid */
                                    recordId: string;
                                    version: number;
                                }[];
                                /** Format: date-time */
                                visitedAt: string;
                            };
                            key: string;
                            /** @enum {string} */
                            kind: "visit.create";
                        } | {
                            body: {
                                /** @default  */
                                address?: string;
                                /** @enum {string} */
                                category: "fire_hazard" | "illegal_construction" | "sanitation" | "dispute" | "three_small_safety" | "road_damage" | "rental_safety" | "public_order" | "other";
                                /** @default  */
                                description?: string;
                                /** Format: uuid */
                                id: string;
                                /** @default 1 */
                                level?: 1 | 2 | 3;
                                /** Format: uuid */
                                nodeId: string;
                                /** Format: uuid */
                                patrolId?: string | null;
                                position?: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                public?: boolean;
                                /** Format: date-time */
                                reportedAt?: string;
                                /**
                                 * @default grid_worker
                                 * @enum {string}
                                 */
                                reporterKind?: "grid_worker" | "resident" | "patrol" | "open311";
                                title: string;
                            };
                            key: string;
                            /** @enum {string} */
                            kind: "event.create";
                        } | {
                            body: {
                                /** @enum {string} */
                                action: "receive" | "reject" | "merge" | "escalate" | "dispatch" | "accept" | "return" | "handle" | "verify" | "redo" | "close" | "resolve";
                                /** Format: uuid */
                                departmentId?: string;
                                duplicateOf?: string;
                                note?: string;
                                /** Format: uuid */
                                photoId?: string;
                                publicReply?: boolean;
                                version: number;
                            };
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** @enum {string} */
                            kind: "event.transition";
                        } | {
                            body: {
                                /** Format: date-time */
                                endedAt: string;
                                /** @default [] */
                                findings?: {
                                    /** Format: uuid */
                                    eventId?: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @default  */
                                    note?: string;
                                    position?: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    /** @default true */
                                    raise?: boolean;
                                    /** @default false */
                                    rectified?: boolean;
                                    /** Format: uuid */
                                    standardId: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                nodeId: string;
                                /** @default  */
                                note?: string;
                                /** Format: date-time */
                                startedAt: string;
                                /** @default [] */
                                track?: {
                                    lat: number;
                                    lng: number;
                                }[];
                            };
                            key: string;
                            /** @enum {string} */
                            kind: "patrol.create";
                        } | {
                            body: {
                                attrs: {
                                    [key: string]: unknown;
                                };
                                version: number;
                            };
                            /** Format: uuid */
                            id: string;
                            key: string;
                            /** @enum {string} */
                            kind: "record.update";
                            /** @enum {string} */
                            registerKind: "housing" | "population" | "entity";
                        })[];
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
                            results: {
                                body: unknown;
                                current?: unknown;
                                httpStatus: number;
                                key: string;
                                /** @enum {string} */
                                status: "ok" | "replayed" | "conflict" | "error";
                            }[];
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
    "/api/grid/visit-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访周期 Visit rules */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            /** @enum {string} */
                            category: "household" | "rental" | "special_care" | "entity";
                            /** Format: uuid */
                            id: string;
                            inherited: boolean;
                            intervalDays: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                        }[];
                    };
                };
            };
        };
        /** 设定走访周期 Set a visit rule */
        put: {
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
                        category: "household" | "rental" | "special_care" | "entity";
                        intervalDays: number;
                        /** Format: uuid */
                        nodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/grid/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访记录 Visits */
        get: {
            parameters: {
                query: {
                    from?: string;
                    nodeId: string;
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
                            asCadre: boolean;
                            changedCount: number;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: uuid */
                            nodeId: string;
                            note: string;
                            number: string | null;
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            /** Format: uuid */
                            recordId: string;
                            /** @enum {string} */
                            result: "met" | "nobody_home" | "refused" | "hazard_found";
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            verifiedCount: number;
                            visitedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记走访 Record a visit */
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
                        id: string;
                        /** @default  */
                        note?: string;
                        position?: {
                            lat: number;
                            lng: number;
                        } | null;
                        /** Format: uuid */
                        recordId: string;
                        /** @enum {string} */
                        result: "met" | "nobody_home" | "refused" | "hazard_found";
                        /** @default [] */
                        verified?: {
                            attrs?: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            recordId: string;
                            version: number;
                        }[];
                        /** Format: date-time */
                        visitedAt: string;
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
                            asCadre: boolean;
                            changedCount: number;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: uuid */
                            nodeId: string;
                            note: string;
                            number: string | null;
                            position: {
                                lat: number;
                                lng: number;
                            } | null;
                            /** Format: uuid */
                            recordId: string;
                            /** @enum {string} */
                            result: "met" | "nobody_home" | "refused" | "hazard_found";
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            verifiedCount: number;
                            visitedAt: string;
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
    "/api/home/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节点驾驶舱指标 Dashboard figures of a node */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year?: number;
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
                            definition?: string;
                            key: string;
                            label: string;
                            module: string;
                            series?: {
                                label: string;
                                value: number | null;
                            }[];
                            /** @enum {string} */
                            unit: "count" | "percent" | "yuan" | "wan_yuan" | "hours" | "days" | "score";
                            value: number | null;
                        }[];
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
    "/api/home/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办 My to-do list */
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
                            count: number;
                            entries?: {
                                due?: string | null;
                                href: string;
                                id: string;
                                /** @enum {string} */
                                level?: "red" | "yellow" | "normal";
                                title: string;
                            }[];
                            href: string;
                            key: string;
                            label: string;
                            /** @enum {string} */
                            level: "red" | "yellow" | "normal";
                            module: string;
                        }[];
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
    "/api/honours/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 奖项 Awards */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            awards: {
                                active: boolean;
                                categories: string[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            can: {
                                configure: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 设立奖项 Set up an award */
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
                        categories?: string[];
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/honours/board/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 荣誉榜 Honours of a node */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    nodeId: string;
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
                            entries: {
                                detail: string;
                                name: string;
                                period: string;
                                source: string;
                                title: string;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            year: number;
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
    "/api/honours/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出荣誉评选台账 Export (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/honours/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推荐 Nominations */
        get: {
            parameters: {
                query?: {
                    mine?: boolean;
                    nodeId?: string;
                    state?: "nominated" | "approved" | "rejected" | "published";
                    year?: number;
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
                            actions: string[];
                            /** Format: uuid */
                            awardId: string;
                            awardName: string;
                            category: string;
                            deeds: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** @enum {string} */
                            nominatorKind: "officer" | "resident";
                            nomineeName: string;
                            publishedAt: string | null;
                            reviewNote: string;
                            /** @enum {string} */
                            state: "nominated" | "approved" | "rejected" | "published";
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 推荐 Nominate */
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
                        awardId: string;
                        category: string;
                        deeds: string;
                        /** Format: uuid */
                        nodeId: string;
                        nomineeName: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/honours/nominations/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评审与公示 Review or publish */
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
                        action: "approve" | "reject" | "publish" | "withdraw";
                        note?: string;
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
                            actions: string[];
                            /** Format: uuid */
                            awardId: string;
                            awardName: string;
                            category: string;
                            deeds: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** @enum {string} */
                            nominatorKind: "officer" | "resident";
                            nomineeName: string;
                            publishedAt: string | null;
                            reviewNote: string;
                            /** @enum {string} */
                            state: "nominated" | "approved" | "rejected" | "published";
                            version: number;
                            year: number;
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
    "/api/linkage/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三官三师名册 Roster on the tree */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            nodes: {
                                experts: {
                                    active: boolean;
                                    can: {
                                        manage: boolean;
                                    };
                                    cases: number;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** Format: uuid */
                                    nodeId: string;
                                    nodeName: string;
                                    officeHours: string;
                                    phone: string;
                                    role: string;
                                    roleName: string;
                                    unit: string;
                                    version: number;
                                }[];
                                level: string;
                                missing: string[];
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                            }[];
                            roles: {
                                code: string;
                                /** @enum {string} */
                                grp: "official" | "professional";
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 增加三官三师 Add to a roster */
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
                        /** Format: uuid */
                        nodeId: string;
                        officeHours?: string;
                        phone?: string;
                        role: string;
                        unit?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/linkage/experts/{id}": {
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
        /** 修改坐班时间或在岗 Update */
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
                        officeHours?: string;
                        unit?: string;
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/linkage/experts/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接案记录 Cases taken */
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
                            closed: boolean;
                            /** Format: uuid */
                            id: string;
                            outcome: string;
                            summary: string;
                            takenOn: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记接案 Record a case */
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
                        closed?: boolean;
                        outcome?: string;
                        summary: string;
                        /** Format: date */
                        takenOn: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/linkage/experts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出三官三师名册 Export the roster (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/linkage/experts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入三官三师名册 Import a roster (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
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
    "/api/linkage/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统计 Figures */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            answered: number;
                            attendance: number;
                            cases: number;
                            departmentLinks: number;
                            experts: number;
                            items: number;
                            itemsDone: number;
                            leaderLinks: number;
                            memberLinks: number;
                            problems: number;
                            sessions: number;
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
    "/api/linkage/items/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更新事项进展 Move an item */
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
                        action: "start" | "progress" | "complete" | "drop" | "reopen";
                        note?: string;
                        progress?: number;
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
                            actions: string[];
                            detail: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            itemKind: "hard_problem" | "project" | "example";
                            /** @enum {string} */
                            kind: "leader" | "department" | "member";
                            linkerName: string;
                            /** Format: uuid */
                            linkId: string;
                            nodeName: string;
                            note: string;
                            overdue: boolean;
                            progress: number;
                            /** @enum {string} */
                            state: "planned" | "in_progress" | "done" | "dropped";
                            title: string;
                            version: number;
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
    "/api/linkage/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三联三领联系台账 Community links */
        get: {
            parameters: {
                query?: {
                    kind?: "leader" | "department" | "member";
                    nodeId?: string;
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
                            can: {
                                addItem: boolean;
                                manage: boolean;
                            };
                            done: number;
                            endedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            items: number;
                            /** @enum {string} */
                            kind: "leader" | "department" | "member";
                            linkerName: string;
                            linkerUnit: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            startedOn: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记联系 Register a link */
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
                        kind: "leader" | "department" | "member";
                        linkerName: string;
                        linkerUnit?: string;
                        /** Format: uuid */
                        linkerUserId?: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: date */
                        startedOn: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/linkage/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联系详情 A link and its items */
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
                            can: {
                                addItem: boolean;
                                manage: boolean;
                            };
                            done: number;
                            endedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            itemCount: number;
                            items: {
                                actions: string[];
                                detail: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                itemKind: "hard_problem" | "project" | "example";
                                /** @enum {string} */
                                kind: "leader" | "department" | "member";
                                linkerName: string;
                                /** Format: uuid */
                                linkId: string;
                                nodeName: string;
                                note: string;
                                overdue: boolean;
                                progress: number;
                                /** @enum {string} */
                                state: "planned" | "in_progress" | "done" | "dropped";
                                title: string;
                                version: number;
                            }[];
                            /** @enum {string} */
                            kind: "leader" | "department" | "member";
                            linkerName: string;
                            linkerUnit: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            startedOn: string;
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
    "/api/linkage/links/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束联系 End a link */
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
                        /** Format: date */
                        endedOn: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/linkage/links/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增事项 Add an item */
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
                        detail?: string;
                        /** Format: date */
                        dueOn?: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/linkage/links/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出三联三领台账 Export links (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                    content?: never;
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
    "/api/linkage/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待答复问题 Open problems */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            answer: string;
                            answeredAt: string | null;
                            can: {
                                answer: boolean;
                            };
                            dueOn: string;
                            hostName: string;
                            /** Format: uuid */
                            id: string;
                            nodeName: string;
                            overdue: boolean;
                            /** Format: uuid */
                            sessionId: string;
                            /** @enum {string} */
                            state: "open" | "answered";
                            text: string;
                            version: number;
                        }[];
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
    "/api/linkage/problems/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复问题 Answer a problem */
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
                        action: "answer" | "reopen";
                        answer?: string;
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
                            answer: string;
                            answeredAt: string | null;
                            can: {
                                answer: boolean;
                            };
                            dueOn: string;
                            hostName: string;
                            /** Format: uuid */
                            id: string;
                            nodeName: string;
                            overdue: boolean;
                            /** Format: uuid */
                            sessionId: string;
                            /** @enum {string} */
                            state: "open" | "answered";
                            text: string;
                            version: number;
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
    "/api/linkage/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三官三师角色 Roster roles */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            can: {
                                manage: boolean;
                            };
                            configured: boolean;
                            roles: {
                                code: string;
                                /** @enum {string} */
                                grp: "official" | "professional";
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** 配置三官三师角色 Set roster roles */
        put: {
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
                        nodeId: string;
                        roles: {
                            code: string;
                            /** @enum {string} */
                            grp: "official" | "professional";
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
                            can: {
                                manage: boolean;
                            };
                            configured: boolean;
                            roles: {
                                code: string;
                                /** @enum {string} */
                                grp: "official" | "professional";
                                name: string;
                            }[];
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
    "/api/linkage/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进社区活动 Sessions */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            answered: number;
                            attendance: number | null;
                            can: {
                                record: boolean;
                            };
                            /** @enum {string} */
                            format: "clinic" | "stall";
                            /** @enum {string} */
                            hostKind: "party_deputy" | "npc_deputy" | "cppcc_member";
                            hostName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            place: string;
                            problems: number;
                            startsAt: string;
                            /** @enum {string} */
                            state: "planned" | "held" | "cancelled";
                            summary: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 安排进社区活动 Schedule a session (Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "clinic" | "stall";
                        /** @enum {string} */
                        hostKind: "party_deputy" | "npc_deputy" | "cppcc_member";
                        hostName?: string;
                        /** Format: uuid */
                        nodeId: string;
                        place?: string;
                        /** Format: date-time */
                        startsAt: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/linkage/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情 A session */
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
                            answered: number;
                            attendance: number | null;
                            can: {
                                record: boolean;
                            };
                            /** @enum {string} */
                            format: "clinic" | "stall";
                            /** @enum {string} */
                            hostKind: "party_deputy" | "npc_deputy" | "cppcc_member";
                            hostName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            place: string;
                            problemList: {
                                answer: string;
                                answeredAt: string | null;
                                can: {
                                    answer: boolean;
                                };
                                dueOn: string;
                                hostName: string;
                                /** Format: uuid */
                                id: string;
                                nodeName: string;
                                overdue: boolean;
                                /** Format: uuid */
                                sessionId: string;
                                /** @enum {string} */
                                state: "open" | "answered";
                                text: string;
                                version: number;
                            }[];
                            problems: number;
                            startsAt: string;
                            /** @enum {string} */
                            state: "planned" | "held" | "cancelled";
                            summary: string;
                            version: number;
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
    "/api/linkage/sessions/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补录问题 Add a problem raised */
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
                        text: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/linkage/sessions/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录活动开展或取消 Record held or cancelled */
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
                        action: "hold" | "cancel";
                        attendance?: number;
                        problems?: string[];
                        summary?: string;
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
                            /** @enum {string} */
                            state: "planned" | "held" | "cancelled";
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
    "/api/linkage/sessions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出进社区台账 Export sessions (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/maps/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地图底图设置 Base map settings */
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
                            attribution: string;
                            center: (number)[];
                            /** @enum {string} */
                            crs: "wgs84" | "gcj02";
                            layers: string[];
                            maxZoom: number;
                            subdomains: string;
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
    "/api/mediation/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 纠纷案件 Cases */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    nodeId?: string;
                    offset?: number;
                    open?: "0" | "1";
                    q?: string;
                    roomId?: string;
                    state?: "received" | "assigned" | "mediating" | "agreed" | "confirming" | "failed" | "litigating" | "closed";
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
                                category: "neighbour" | "family" | "property" | "labour" | "contract" | "tenancy" | "other";
                                concludedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                mediatorName: string | null;
                                /** Format: uuid */
                                mediatorUserId: string | null;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                number: string;
                                receivedAt: string;
                                /** @enum {string|null} */
                                result: "settled" | "unsettled" | null;
                                /** Format: uuid */
                                roomId: string | null;
                                /** @enum {string|null} */
                                roomKind: "people" | "court" | "petition" | "trade" | null;
                                roomName: string | null;
                                /** @enum {string} */
                                source: "event" | "walk_in" | "referral";
                                /** @enum {string} */
                                state: "received" | "assigned" | "mediating" | "agreed" | "confirming" | "failed" | "litigating" | "closed";
                                stepCode: string | null;
                                title: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 受理来访或转介 Receive a walk-in or referral */
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
                        category: "neighbour" | "family" | "property" | "labour" | "contract" | "tenancy" | "other";
                        /** Format: uuid */
                        nodeId: string;
                        /** @default [] */
                        parties?: {
                            idNumber?: string;
                            name: string;
                            phone?: string;
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "other";
                        }[];
                        /** @default  */
                        referredBy?: string;
                        /** Format: uuid */
                        roomId?: string;
                        /** @enum {string} */
                        source: "walk_in" | "referral";
                        summary: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
                            number: string;
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
    "/api/mediation/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 案件详情 A case */
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
                            actions: ("assign" | "hear" | "agree" | "fail" | "refer_confirmation" | "confirmed" | "confirmation_refused" | "refer_court" | "court_settled" | "court_unsettled" | "close")[];
                            agreement: {
                                performance: string;
                                signedOn: string;
                                text: string;
                            } | null;
                            can: {
                                manage: boolean;
                                mediate: boolean;
                                reveal: boolean;
                            };
                            /** @enum {string} */
                            category: "neighbour" | "family" | "property" | "labour" | "contract" | "tenancy" | "other";
                            concludedAt: string | null;
                            /** Format: uuid */
                            eventId: string | null;
                            hearings: {
                                attendees: string;
                                heldAt: string;
                                /** Format: uuid */
                                id: string;
                                minutes: string;
                                place: string;
                                stepCode: string | null;
                            }[];
                            history: {
                                action: string;
                                at: string;
                                /** @enum {string} */
                                from: "received" | "assigned" | "mediating" | "agreed" | "confirming" | "failed" | "litigating" | "closed";
                                note: string;
                                /** @enum {string} */
                                to: "received" | "assigned" | "mediating" | "agreed" | "confirming" | "failed" | "litigating" | "closed";
                            }[];
                            /** Format: uuid */
                            id: string;
                            mediatorName: string | null;
                            /** Format: uuid */
                            mediatorUserId: string | null;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            number: string;
                            parties: {
                                /** Format: uuid */
                                id: string;
                                idNumber: string | null;
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "applicant" | "respondent" | "other";
                            }[];
                            receivedAt: string;
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "judicial_confirmation" | "court_mediation" | "psychological";
                                note: string;
                                outcome: string | null;
                                outcomeAt: string | null;
                                outcomeNote: string;
                                referredAt: string;
                                toName: string;
                            }[];
                            referredBy: string;
                            /** @enum {string|null} */
                            result: "settled" | "unsettled" | null;
                            /** Format: uuid */
                            roomId: string | null;
                            /** @enum {string|null} */
                            roomKind: "people" | "court" | "petition" | "trade" | null;
                            roomName: string | null;
                            /** @enum {string} */
                            source: "event" | "walk_in" | "referral";
                            /** @enum {string} */
                            state: "received" | "assigned" | "mediating" | "agreed" | "confirming" | "failed" | "litigating" | "closed";
                            stepCode: string | null;
                            steps: {
                                code: string;
                                hint: string;
                                name: string;
                            }[];
                            summary: string;
                            title: string;
                            version: number;
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
    "/api/mediation/cases/{id}/agreement.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印调解协议书 The agreement, printable */
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
                    content?: never;
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
    "/api/mediation/cases/{id}/hearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调解记录 Record a hearing */
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
                        attendees: string;
                        /** Format: date-time */
                        heldAt: string;
                        minutes: string;
                        place: string;
                        stepCode?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/mediation/cases/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记当事人 Add parties */
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
                        parties: {
                            idNumber?: string;
                            name: string;
                            phone?: string;
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "other";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/mediation/cases/{id}/parties/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看当事人完整信息 Reveal the parties (audited) */
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
                            /** Format: uuid */
                            id: string;
                            idNumber: string | null;
                            name: string;
                            phone: string | null;
                        }[];
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
    "/api/mediation/cases/{id}/psych": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 心访转介 Refer to psychological services */
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
                        /** @default  */
                        note?: string;
                        toName: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/mediation/cases/{id}/psych/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 心访反馈 Outcome of the referral */
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
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        outcome: "done" | "declined";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/mediation/cases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分派、达成协议、司法确认、诉调对接、办结 Take a step */
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
                        action: "assign" | "agree" | "fail" | "refer_confirmation" | "confirmed" | "confirmation_refused" | "refer_court" | "court_settled" | "court_unsettled" | "close";
                        agreement?: {
                            /** @default  */
                            performance?: string;
                            /** Format: date */
                            signedOn: string;
                            text: string;
                        };
                        /** Format: uuid */
                        mediatorUserId?: string;
                        /** @default  */
                        note?: string;
                        /** Format: uuid */
                        roomId?: string;
                        toName?: string;
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
                            result: string | null;
                            state: string;
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
    "/api/mediation/cases/from-event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 矛盾纠纷事件转调解 Turn a dispute event into a case */
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
                         * @default neighbour
                         * @enum {string}
                         */
                        category?: "neighbour" | "family" | "property" | "labour" | "contract" | "tenancy" | "other";
                        /** Format: uuid */
                        eventId: string;
                        /** Format: uuid */
                        roomId?: string;
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
                            /** Format: uuid */
                            id: string;
                            number: string;
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
    "/api/mediation/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出调解台账或调解步骤 Export the case register or the steps (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    what?: "cases" | "steps";
                    year?: number;
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
                    content?: never;
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
    "/api/mediation/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调解成功率 Settlement figures */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            concluded: number;
                            confirmed: number;
                            inRoomsShare: number | null;
                            psychological: number;
                            rate: number | null;
                            received: number;
                            rooms: {
                                concluded: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "people" | "court" | "petition" | "trade";
                                name: string;
                                rate: number | null;
                                settled: number;
                            }[];
                            settled: number;
                            year: number;
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
    "/api/mediation/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 调解室 Mediation rooms */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            address: string;
                            can: {
                                manage: boolean;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "people" | "court" | "petition" | "trade";
                            mediators: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 设立调解室 Set up a room */
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
                        /** @default  */
                        address?: string;
                        /**
                         * @default people
                         * @enum {string}
                         */
                        kind?: "people" | "court" | "petition" | "trade";
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/mediation/rooms/{id}/mediators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调解员入驻 Seat a mediator */
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
                        username: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/mediation/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党群调解331 步骤 The steps */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            can: {
                                edit: boolean;
                            };
                            steps: {
                                code: string;
                                hint: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** 设置调解步骤 Configure the steps */
        put: {
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
                        nodeId: string;
                        steps: {
                            code: string;
                            /** @default  */
                            hint?: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/notify/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark read */
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
                            ok: boolean;
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
    "/api/notify/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知 Inbox */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    unread?: "0" | "1";
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
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            link: string | null;
                            /** Format: uuid */
                            objectId: string | null;
                            objectType: string | null;
                            read: boolean;
                            title: string;
                        }[];
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
    "/api/notify/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读数 Unread count */
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
                            unread: number;
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
    "/api/open311/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 API keys */
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
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            prefix: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新建 Open311 密钥 Create a key (shown once) */
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
                        /** Format: uuid */
                        nodeId: string;
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
                            apiKey: string;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            prefix: string;
                            revokedAt: string | null;
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
    "/api/open311/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销 Revoke a key */
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
                            ok: boolean;
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
    "/api/open311/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 发布设置 What a district publishes */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            /** Format: uuid */
                            districtId: string;
                            publish: boolean;
                            version: number;
                        };
                    };
                };
            };
        };
        /** 修改 Open311 发布设置 Change what a district publishes (409 with the current copy) */
        put: {
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
                        districtId: string;
                        publish: boolean;
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
                            /** Format: uuid */
                            districtId: string;
                            publish: boolean;
                            version: number;
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
    "/api/org/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建节点 Create node */
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
                        code?: string | null;
                        /** @enum {string} */
                        level: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                        name: string;
                        /** Format: uuid */
                        parentId: string;
                        sort?: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/org/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 节点 Node */
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
                            ancestors: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                                name: string;
                            }[];
                            can: {
                                write: boolean;
                            };
                            childCount?: number;
                            code: string | null;
                            depth: number;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            initials: string;
                            /** @enum {string} */
                            level: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                            name: string;
                            /** Format: uuid */
                            parentId: string | null;
                            version: number;
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
        /** 重命名 Rename */
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
                        code?: string | null;
                        name?: string;
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
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/org/nodes/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下级节点 Children (lazy tree) */
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
                            can: {
                                write: boolean;
                            };
                            childCount?: number;
                            code: string | null;
                            depth: number;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            initials: string;
                            /** @enum {string} */
                            level: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                            name: string;
                            /** Format: uuid */
                            parentId: string | null;
                            version: number;
                        }[];
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
    "/api/org/nodes/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移动子树 Move subtree */
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
                        /** Format: uuid */
                        newParentId: string;
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
                            version: number;
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
    "/api/org/nodes/{id}/party-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党组织 Party organisations on a node */
        get: {
            parameters: {
                query?: {
                    deep?: "0" | "1";
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
                            can: {
                                write: boolean;
                            };
                            dissolvedOn: string | null;
                            establishedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "committee" | "general_branch" | "branch" | "group" | "four_in_one" | "building" | "hometown" | "hq_group" | "project_branch";
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** Format: uuid */
                            parentOrgId: string | null;
                            version: number;
                        }[];
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
    "/api/org/party-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新建党组织 Create party organisation */
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
                        kind: "committee" | "general_branch" | "branch" | "group" | "four_in_one" | "building" | "hometown" | "hq_group" | "project_branch";
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: uuid */
                        parentOrgId?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/org/party-orgs/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销临时党组织 Dissolve a temporary party organisation */
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
                        /** Format: date */
                        dissolvedOn: string;
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
                            version: number;
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
    "/api/org/party-orgs/temporary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 成立指挥部党建组或项目临时党支部 Set up a temporary party organisation */
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
                        /** Format: date */
                        establishedOn: string;
                        /** @enum {string} */
                        kind: "hq_group" | "project_branch";
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: uuid */
                        parentOrgId?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/org/roots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的管辖范围 Subtree roots */
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
                            can: {
                                write: boolean;
                            };
                            childCount?: number;
                            code: string | null;
                            depth: number;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            initials: string;
                            /** @enum {string} */
                            level: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                            name: string;
                            /** Format: uuid */
                            parentId: string | null;
                            version: number;
                        }[];
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
    "/api/org/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按名称或拼音首字母搜索 Search by name or pinyin initials */
        get: {
            parameters: {
                query: {
                    level?: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                    limit?: number;
                    q: string;
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
                            can: {
                                write: boolean;
                            };
                            childCount?: number;
                            code: string | null;
                            depth: number;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            initials: string;
                            /** @enum {string} */
                            level: "city" | "district" | "street" | "community" | "grid" | "micro_grid" | "building" | "department";
                            name: string;
                            /** Format: uuid */
                            parentId: string | null;
                            pathNames: string[];
                            version: number;
                        }[];
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
    "/api/partymembers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流动党员台账 The register */
        get: {
            parameters: {
                query?: {
                    direction?: "in" | "out";
                    limit?: number;
                    nodeId?: string;
                    offset?: number;
                    status?: "active" | "returned";
                    teamId?: string;
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
                                basicChecked: boolean;
                                can: {
                                    write: boolean;
                                };
                                clears: {
                                    basic: boolean;
                                    conduct: boolean;
                                    destination: boolean;
                                    time: boolean;
                                    work: boolean;
                                };
                                conduct: string;
                                destination: string;
                                /** @enum {string} */
                                direction: "in" | "out";
                                /** @enum {string} */
                                gender: "M" | "F";
                                /** Format: uuid */
                                id: string;
                                lat: number | null;
                                leftOn: string | null;
                                lng: number | null;
                                missing: ("basic" | "time" | "destination" | "work" | "conduct")[];
                                name: string;
                                nationalId: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                origin: string;
                                /** Format: uuid */
                                partyOrgId: string;
                                partyOrgName: string;
                                /** Format: uuid */
                                personId: string;
                                phone: string | null;
                                returnedOn: string | null;
                                serviceHours: number;
                                services: number;
                                /** @enum {string} */
                                source: "register" | "scan" | "import";
                                /** @enum {string} */
                                status: "active" | "returned";
                                /** Format: uuid */
                                teamId: string | null;
                                version: number;
                                work: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记流动党员 Register a mobile member */
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
                        /** @default false */
                        basicChecked?: boolean;
                        /** @default  */
                        conduct?: string;
                        /** @default  */
                        destination?: string;
                        /** @enum {string} */
                        direction: "in" | "out";
                        lat?: number | null;
                        /** Format: date */
                        leftOn?: string | null;
                        lng?: number | null;
                        /** @default  */
                        origin?: string;
                        /** Format: uuid */
                        partyOrgId: string;
                        /** Format: uuid */
                        personId: string;
                        /** @default  */
                        work?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partymembers/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流动情况分析 The year analysed */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year: number;
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
                            active: {
                                in: number;
                                out: number;
                            };
                            months: {
                                in: number;
                                month: string;
                                out: number;
                                return: number;
                            }[];
                            topDestinations: {
                                n: number;
                                place: string;
                            }[];
                            topOrigins: {
                                n: number;
                                place: string;
                            }[];
                            year: number;
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
    "/api/partymembers/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 归队码 Return codes */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            oneTime: boolean;
                            svg: string;
                            token: string;
                            url: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 生成归队码 Issue a return code */
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
                        nodeId: string;
                        /** Format: uuid */
                        personId?: string | null;
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
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            oneTime: boolean;
                            svg: string;
                            token: string;
                            url: string;
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
    "/api/partymembers/export/in.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出月度流入表 Export the month's table */
        get: {
            parameters: {
                query: {
                    month: string;
                    nodeId: string;
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
                    content?: never;
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
    "/api/partymembers/export/members.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出流动党员台账 Export the register */
        get: {
            parameters: {
                query: {
                    month?: string;
                    nodeId: string;
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
                    content?: never;
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
    "/api/partymembers/export/out.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出月度流出表 Export the month's table */
        get: {
            parameters: {
                query: {
                    month: string;
                    nodeId: string;
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
                    content?: never;
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
    "/api/partymembers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入流动党员台账 Import the register (multipart `file`) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            created: number;
                            updated: number;
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
    "/api/partymembers/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 初心坐标图 Where members are */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            points: {
                                /** @enum {string} */
                                direction: "in" | "out";
                                /** Format: uuid */
                                id: string;
                                lat: number;
                                lng: number;
                                title: string;
                            }[];
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
    "/api/partymembers/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 流动党员详情 A member */
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
                            basicChecked: boolean;
                            can: {
                                write: boolean;
                            };
                            clears: {
                                basic: boolean;
                                conduct: boolean;
                                destination: boolean;
                                time: boolean;
                                work: boolean;
                            };
                            conduct: string;
                            destination: string;
                            /** @enum {string} */
                            direction: "in" | "out";
                            /** @enum {string} */
                            gender: "M" | "F";
                            /** Format: uuid */
                            id: string;
                            lat: number | null;
                            leftOn: string | null;
                            lng: number | null;
                            missing: ("basic" | "time" | "destination" | "work" | "conduct")[];
                            name: string;
                            nationalId: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            origin: string;
                            /** Format: uuid */
                            partyOrgId: string;
                            partyOrgName: string;
                            /** Format: uuid */
                            personId: string;
                            phone: string | null;
                            returnedOn: string | null;
                            serviceHours: number;
                            serviceList: {
                                hours: number;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                servedOn: string;
                                service: string;
                            }[];
                            services: number;
                            /** @enum {string} */
                            source: "register" | "scan" | "import";
                            /** @enum {string} */
                            status: "active" | "returned";
                            /** Format: uuid */
                            teamId: string | null;
                            version: number;
                            work: string;
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
        /** 更新“五清” Update the five clears */
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
                        basicChecked?: boolean;
                        conduct?: string;
                        destination?: string;
                        lat?: number | null;
                        /** Format: date */
                        leftOn?: string | null;
                        lng?: number | null;
                        origin?: string;
                        /** Format: uuid */
                        partyOrgId?: string;
                        /** Format: uuid */
                        teamId?: string | null;
                        version: number;
                        work?: string;
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
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/partymembers/members/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 返回 Back home */
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
                        /** Format: date */
                        returnedOn: string;
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
                            version: number;
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
    "/api/partymembers/members/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录先锋队服务 Record a service */
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
                        /** @default 0 */
                        hours?: number;
                        /** @default  */
                        note?: string;
                        /** Format: date */
                        servedOn: string;
                        service: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partymembers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的流动登记 My own records */
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
                                basicChecked: boolean;
                                can: {
                                    write: boolean;
                                };
                                clears: {
                                    basic: boolean;
                                    conduct: boolean;
                                    destination: boolean;
                                    time: boolean;
                                    work: boolean;
                                };
                                conduct: string;
                                destination: string;
                                /** @enum {string} */
                                direction: "in" | "out";
                                /** @enum {string} */
                                gender: "M" | "F";
                                /** Format: uuid */
                                id: string;
                                lat: number | null;
                                leftOn: string | null;
                                lng: number | null;
                                missing: ("basic" | "time" | "destination" | "work" | "conduct")[];
                                name: string;
                                nationalId: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                origin: string;
                                /** Format: uuid */
                                partyOrgId: string;
                                partyOrgName: string;
                                /** Format: uuid */
                                personId: string;
                                phone: string | null;
                                returnedOn: string | null;
                                serviceHours: number;
                                services: number;
                                /** @enum {string} */
                                source: "register" | "scan" | "import";
                                /** @enum {string} */
                                status: "active" | "returned";
                                /** Format: uuid */
                                teamId: string | null;
                                version: number;
                                work: string;
                            }[];
                            total: number;
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
    "/api/partymembers/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 月度流入/流出表 Monthly table */
        get: {
            parameters: {
                query: {
                    direction?: "in" | "out" | "return";
                    month: string;
                    nodeId: string;
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
                            /** @enum {string} */
                            direction: "in" | "out" | "return";
                            month: string;
                            rows: {
                                destination: string;
                                /** Format: uuid */
                                memberId: string;
                                movedOn: string;
                                /** Format: uuid */
                                moveId: string;
                                name: string;
                                nodeName: string;
                                origin: string;
                                partyOrgName: string;
                                phone: string | null;
                                place: string;
                                /** @enum {string} */
                                source: "register" | "scan" | "import";
                                work: string;
                            }[];
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
    "/api/partymembers/scan/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 扫码页信息 What the scan page shows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            branches: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                nodeName: string;
                            }[];
                            needsLogin: boolean;
                            nodeName: string;
                            oneTime: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 扫码归队 Register where I live now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destination: string;
                        lat?: number | null;
                        lng?: number | null;
                        /** @default  */
                        origin?: string;
                        /** Format: uuid */
                        partyOrgId: string;
                        work: string;
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
                            /** Format: uuid */
                            memberId: string;
                            month: string;
                            partyOrgName: string;
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
    "/api/partymembers/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党群先锋队 Vanguard teams */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year?: number;
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
                            can: {
                                write: boolean;
                            };
                            /** Format: uuid */
                            id: string;
                            members: number;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            served: number;
                            services: string[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 组建先锋队 Set up a team */
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
                        /** Format: uuid */
                        nodeId: string;
                        services: string[];
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partyorgs/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党建活动 Activities */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    partyOrgId?: string;
                    status?: "planned" | "recorded" | "cancelled";
                    year: number;
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
                            attendance: number | null;
                            can: {
                                record: boolean;
                            };
                            extent: string;
                            /** @enum {string|null} */
                            extentMet: "met" | "partly" | "not_met" | null;
                            heldOn: string | null;
                            how: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            menuId: string | null;
                            nodeName: string;
                            outcome: string | null;
                            /** Format: uuid */
                            partyOrgId: string;
                            partyOrgName: string;
                            plannedOn: string;
                            /** @enum {string} */
                            status: "planned" | "recorded" | "cancelled";
                            targetAttendance: number;
                            version: number;
                            what: string;
                            who: string;
                            why: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 按 5W1H 计划活动 Plan an activity by 5W1H */
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
                        extent: string;
                        how: string;
                        /** Format: uuid */
                        partyOrgId: string;
                        /** Format: date */
                        plannedOn: string;
                        /** @default 0 */
                        targetAttendance?: number;
                        what: string;
                        who: string;
                        why: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partyorgs/activities/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对照计划记录 Record against the plan */
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
                        attendance: number;
                        /** @enum {string} */
                        extentMet: "met" | "partly" | "not_met";
                        /** Format: date */
                        heldOn: string;
                        outcome: string;
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
                            version: number;
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
    "/api/partyorgs/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评定标准 Criteria */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                                /** Format: uuid */
                                id: string;
                                maxScore: number;
                                name: string;
                            }[];
                            /** @enum {string} */
                            orgClass: "organ" | "community" | "two_new" | "hometown" | "shareholding";
                        }[];
                    };
                };
            };
        };
        /** 设置评定标准 Set criteria */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            maxScore: number;
                            name: string;
                        }[];
                        /** Format: uuid */
                        nodeId: string;
                        /** @enum {string} */
                        orgClass: "organ" | "community" | "two_new" | "hometown" | "shareholding";
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                maxScore: number;
                                name: string;
                            }[];
                            /** @enum {string} */
                            orgClass: "organ" | "community" | "two_new" | "hometown" | "shareholding";
                        }[];
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
    "/api/partyorgs/export/activities.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党建活动 Export activities */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year: number;
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
                    content?: never;
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
    "/api/partyorgs/export/grades.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出等级评定 Export grades */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year: number;
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
                    content?: never;
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
    "/api/partyorgs/grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 质量等级评定 Grades */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year: number;
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
                            levels: {
                                [key: string]: number;
                            };
                            rows: {
                                can: {
                                    grade: boolean;
                                };
                                grade: {
                                    /** @enum {string} */
                                    level: "five_star" | "four_star" | "three_star" | "weak";
                                    maxTotal: number;
                                    note: string;
                                    scores: {
                                        [key: string]: number;
                                    };
                                    total: number;
                                    version: number;
                                } | null;
                                kind: string;
                                met: number;
                                name: string;
                                nodeName: string;
                                /** @enum {string} */
                                orgClass: "organ" | "community" | "two_new" | "hometown" | "shareholding";
                                /** Format: uuid */
                                partyOrgId: string;
                                planKept: number | null;
                                planned: number;
                                recorded: number;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 评定等级 Grade an organisation */
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
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        orgClass: "organ" | "community" | "two_new" | "hometown" | "shareholding";
                        /** Format: uuid */
                        partyOrgId: string;
                        scores: {
                            [key: string]: number;
                        };
                        version?: number | null;
                        year: number;
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
                            level: "five_star" | "four_star" | "three_star" | "weak";
                            maxTotal: number;
                            total: number;
                            version: number;
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
    "/api/partyorgs/import/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入活动计划 Import activity plans (multipart `file`) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            created: number;
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
    "/api/partyorgs/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 主题党日套餐 The menu */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            description: string;
                            /** Format: uuid */
                            id: string;
                            nodeName: string;
                            orders: number;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新增主题党日套餐 Add to the menu */
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
                        /** @default  */
                        description?: string;
                        /** Format: uuid */
                        nodeId: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partyorgs/menu/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 点单 Order from the menu */
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
                        extent: string;
                        how: string;
                        /** Format: uuid */
                        partyOrgId: string;
                        /** Format: date */
                        plannedOn: string;
                        /** @default 0 */
                        targetAttendance?: number;
                        who: string;
                        why: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partyorgs/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 书记述职 Secretaries' reports */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year: number;
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
                            can: {
                                rate: boolean;
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partyOrgId: string;
                            partyOrgName: string;
                            /** @enum {string|null} */
                            rating: "good" | "fairly_good" | "average" | "poor" | null;
                            ratingNote: string;
                            report: string;
                            secretary: string;
                            submittedAt: string;
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 提交述职报告 Submit the report */
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
                        partyOrgId: string;
                        report: string;
                        secretary: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/partyorgs/reports/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 述职评议 Rate a report */
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
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        rating: "good" | "fairly_good" | "average" | "poor";
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
                            version: number;
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
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 居民列表 List people */
        get: {
            parameters: {
                query?: {
                    identity?: "resident" | "party_member" | "cadre" | "grid_worker" | "volunteer" | "deputy";
                    limit?: number;
                    nodeId?: string;
                    offset?: number;
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
                                birthDate: string;
                                /** @enum {string} */
                                gender: "M" | "F";
                                /** Format: uuid */
                                id: string;
                                identities: string[];
                                name: string;
                                nationalId: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                phone: string | null;
                            }[];
                            total: number;
                            totalCapped: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记居民 Register a person */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** Format: date */
                        birthDate: string;
                        /** @enum {string} */
                        gender: "M" | "F";
                        name: string;
                        nationalId: string;
                        /** Format: uuid */
                        nodeId: string;
                        phone?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 居民详情 Person */
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
                            address: string;
                            birthDate: string;
                            can: {
                                reveal: boolean;
                                write: boolean;
                            };
                            /** @enum {string} */
                            gender: "M" | "F";
                            /** Format: uuid */
                            id: string;
                            identities: {
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "resident" | "party_member" | "cadre" | "grid_worker" | "volunteer" | "deputy";
                                names: {
                                    [key: string]: string;
                                };
                            }[];
                            name: string;
                            nationalId: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            phone: string | null;
                            version: number;
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
        /** 修改居民 Edit a person */
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
                        address?: string | null;
                        /** Format: date */
                        birthDate?: string;
                        /** @enum {string} */
                        gender?: "M" | "F";
                        name?: string;
                        nationalId?: string;
                        /** Format: uuid */
                        nodeId?: string;
                        phone?: string | null;
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
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加身份 Add an identity */
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
                        attrs: {
                            /** @enum {string} */
                            residence: "registered" | "floating";
                            /** @default false */
                            specialCare?: boolean;
                        };
                        /** @enum {string} */
                        kind: "resident";
                    } | {
                        attrs: {
                            /** Format: date */
                            joinedOn: string;
                            /** @default false */
                            mobile?: boolean;
                            /** Format: uuid */
                            partyOrgId: string;
                        };
                        /** @enum {string} */
                        kind: "party_member";
                    } | {
                        attrs: {
                            grade: string;
                            post: string;
                            /** Format: date */
                            postSince: string;
                            /** Format: uuid */
                            unitNodeId: string;
                            /** Format: date */
                            unitSince: string;
                        };
                        /** @enum {string} */
                        kind: "cadre";
                    } | {
                        attrs: {
                            gridNodeIds: string[];
                        };
                        /** @enum {string} */
                        kind: "grid_worker";
                    } | {
                        attrs: {
                            hours?: number;
                            team?: string;
                        };
                        /** @enum {string} */
                        kind: "volunteer";
                    } | {
                        attrs: {
                            /** @enum {string} */
                            level: "district" | "city";
                            term?: string;
                        };
                        /** @enum {string} */
                        kind: "deputy";
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
                            /** Format: uuid */
                            id: string;
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
    "/api/people/{id}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移除身份 Remove an identity */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    identityId: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/people/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整信息（须说明原因，留痕）Reveal, with a reason (audited) */
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
                        note?: string;
                        /** @enum {string} */
                        reason: "verify_identity" | "service" | "visit" | "dispute" | "emergency" | "other";
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
                            address: string;
                            birthDate: string;
                            nationalId: string;
                            phone: string | null;
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
    "/api/people/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出 Excel Export the filtered list */
        get: {
            parameters: {
                query?: {
                    identity?: "resident" | "party_member" | "cadre" | "grid_worker" | "volunteer" | "deputy";
                    nodeId?: string;
                    note?: string;
                    q?: string;
                    reason?: "verify_identity" | "service" | "visit" | "dispute" | "emergency" | "other";
                    reveal?: "0" | "1";
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
                    content?: never;
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
    "/api/people/import/{batchId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认导入 Commit an import */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "valid" | "all";
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
                            imported: number;
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
    "/api/people/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入预览 Import preview (multipart field "file", .xlsx or CSV) */
        post: {
            parameters: {
                query?: {
                    mapping?: string;
                    nodeId?: string;
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
                            /** Format: uuid */
                            batchId: string;
                            columns: {
                                index: number | null;
                                key: string;
                                label: string;
                                required: boolean;
                            }[];
                            errors: {
                                column: string;
                                reason: string;
                                row: number;
                            }[];
                            headerRow: number;
                            headers: string[];
                            invalid: number;
                            meta: {
                                date?: string;
                                unit?: string;
                            };
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            skipped: {
                                /** @enum {string} */
                                reason: "title" | "notes" | "repeated_header";
                                row: number;
                            }[];
                            total: number;
                            unmapped: {
                                header: string;
                                index: number;
                            }[];
                            valid: number;
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
    "/api/people/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入模板 Import template */
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
                    content?: never;
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
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 民生项目 Projects */
        get: {
            parameters: {
                query?: {
                    ballotId?: string;
                    kind?: "micro" | "livelihood";
                    limit?: number;
                    mine?: "0" | "1";
                    nodeId?: string;
                    offset?: number;
                    q?: string;
                    stage?: "ordered" | "rejected" | "withdrawn" | "approved" | "budgeted" | "implementing" | "inspecting" | "completed" | "closed" | "candidate" | "chosen" | "not_chosen";
                    year?: number;
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
                                /** Format: uuid */
                                ballotId: string | null;
                                ballotVotes: number | null;
                                /** @enum {string} */
                                category: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                                completedAt: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                districtId: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "micro" | "livelihood";
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                ordererLabel: string | null;
                                progress: number;
                                publicFen: number;
                                ratings: number;
                                satisfaction: number | null;
                                socialFen: number;
                                /** @enum {string} */
                                stage: "ordered" | "rejected" | "withdrawn" | "approved" | "budgeted" | "implementing" | "inspecting" | "completed" | "closed" | "candidate" | "chosen" | "not_chosen";
                                stageSince: string;
                                title: string;
                                unitName: string | null;
                                /** Format: uuid */
                                unitNodeId: string | null;
                                year: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 居民点单 Order a micro project (Idempotency-Key: safe to send again) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                        description?: string;
                        /** Format: uuid */
                        menuItemId?: string;
                        /** Format: uuid */
                        nodeId: string;
                        title?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目详情 A project */
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
                            acceptanceNote: string | null;
                            actions: string[];
                            /** Format: uuid */
                            ballotId: string | null;
                            ballotVotes: number | null;
                            can: {
                                budget: boolean;
                                contractor: boolean;
                                milestone: boolean;
                                note: boolean;
                                photo: boolean;
                                rate: boolean;
                            };
                            /** @enum {string} */
                            category: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                            completedAt: string | null;
                            contractors: {
                                contactName: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                phone: string;
                                /** @enum {string} */
                                role: "builder" | "supervisor" | "service" | "supplier";
                            }[];
                            createdAt: string;
                            description: string;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "micro" | "livelihood";
                            milestones: {
                                can: {
                                    complete: boolean;
                                };
                                doneAt: string | null;
                                dueOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                seq: number;
                                title: string;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            notes: {
                                authorLabel: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "supervision" | "progress";
                                text: string;
                            }[];
                            ordererLabel: string | null;
                            photos: {
                                height: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                milestoneId: string | null;
                                width: number;
                            }[];
                            progress: number;
                            publicFen: number;
                            rating: {
                                average: number | null;
                                count: number;
                                mine: {
                                    comment: string;
                                    score: number;
                                } | null;
                                spread: number[];
                            };
                            ratings: number;
                            rejectReason: string | null;
                            satisfaction: number | null;
                            socialFen: number;
                            socialSource: string;
                            /** @enum {string} */
                            stage: "ordered" | "rejected" | "withdrawn" | "approved" | "budgeted" | "implementing" | "inspecting" | "completed" | "closed" | "candidate" | "chosen" | "not_chosen";
                            stageSince: string;
                            title: string;
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            version: number;
                            year: number;
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
    "/api/projects/{id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 预算 Budget (public and social money) */
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
                        publicYuan: string;
                        /** @default  */
                        socialSource?: string;
                        socialYuan: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/projects/{id}/contractors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承接单位 Add a contractor */
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
                        contactName?: string;
                        name: string;
                        phone?: string;
                        /** @enum {string} */
                        role: "builder" | "supervisor" | "service" | "supplier";
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 节点 Add a milestone */
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
                        /** Format: date */
                        dueOn: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/{id}/milestones/{milestoneId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 节点完成 A milestone done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    milestoneId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
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
                            progress: number;
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
    "/api/projects/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 进展/监督记录 A note */
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
                        text: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 现场照片 Add a photo (multipart field `file`) */
        post: {
            parameters: {
                query?: {
                    milestoneId?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 满意度评价 Rate 1–5 (once; a repeat returns the rating that stands) */
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
                        comment?: string;
                        score: number;
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
                            added: boolean;
                            score: number;
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
    "/api/projects/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 流转 Screen, start, finish, accept, close … */
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
                        action: "withdraw" | "reject" | "approve" | "drop" | "fix_budget" | "start" | "finish" | "fail_inspection" | "accept" | "close";
                        note?: string;
                        reason?: string;
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
                            stage: string;
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
    "/api/projects/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代表票决 Ballots */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            candidates: number;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            seats: number;
                            /** @enum {string} */
                            state: "draft" | "voting" | "decided";
                            title: string;
                            /** Format: uuid */
                            voteId: string | null;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新建票决 Set up a ballot */
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
                        nodeId: string;
                        seats: number;
                        title: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/ballots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 票决详情 A ballot */
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
                            can: {
                                close: boolean;
                                edit: boolean;
                                open: boolean;
                            };
                            candidates: {
                                /** Format: uuid */
                                ballotId: string | null;
                                ballotVotes: number | null;
                                /** @enum {string} */
                                category: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                                completedAt: string | null;
                                createdAt: string;
                                description: string;
                                /** Format: uuid */
                                districtId: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "micro" | "livelihood";
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                ordererLabel: string | null;
                                position: number | null;
                                progress: number;
                                publicFen: number;
                                ratings: number;
                                satisfaction: number | null;
                                socialFen: number;
                                /** @enum {string} */
                                stage: "ordered" | "rejected" | "withdrawn" | "approved" | "budgeted" | "implementing" | "inspecting" | "completed" | "closed" | "candidate" | "chosen" | "not_chosen";
                                stageSince: string;
                                title: string;
                                unitName: string | null;
                                /** Format: uuid */
                                unitNodeId: string | null;
                                year: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            seats: number;
                            /** @enum {string} */
                            state: "draft" | "voting" | "decided";
                            title: string;
                            vote: {
                                ballots: number | null;
                                can: {
                                    cancel: boolean;
                                    cast: boolean;
                                    close: boolean;
                                    paper: boolean;
                                };
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                closedAt: string | null;
                                closesAt: string;
                                description: string;
                                /** Format: uuid */
                                districtId: string;
                                eligible: number | null;
                                /** Format: uuid */
                                id: string;
                                maxChoices: number;
                                /** @enum {string} */
                                method: "single" | "approval" | "ranking";
                                myVoters: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    voted: boolean;
                                }[];
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                opensAt: string;
                                options: {
                                    count: number | null;
                                    first: number | null;
                                    label: string;
                                    points: number | null;
                                    position: number;
                                }[];
                                owner: string;
                                ownerRef: string | null;
                                secret: boolean;
                                /** @enum {string} */
                                state: "scheduled" | "open" | "closing" | "closed" | "cancelled";
                                title: string;
                                turnout: number | null;
                                voted: number;
                            } | null;
                            year: number;
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
    "/api/projects/ballots/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 候选项目 Add a candidate */
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
                         * @default other
                         * @enum {string}
                         */
                        category?: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                        /** @default  */
                        description?: string;
                        publicYuan?: string;
                        socialYuan?: string;
                        title: string;
                        /** Format: uuid */
                        unitNodeId?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/ballots/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束票决 Close the vote and choose */
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
                            /** @enum {string} */
                            state: "draft" | "voting" | "decided";
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
    "/api/projects/ballots/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入候选项目清单 Import candidates (multipart `file`: .xlsx or CSV) */
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
                            added: number;
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
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
    "/api/projects/ballots/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始票决 Open the deputies’ vote */
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
                        /** Format: date-time */
                        closesAt: string;
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
                            /** Format: uuid */
                            voteId: string;
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
    "/api/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出项目台账和统计 Export projects and figures (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/projects/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度统计 Figures of a year */
        get: {
            parameters: {
                query: {
                    nodeId?: string;
                    year: number;
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
                            livelihood: {
                                chosen: number;
                                completed: number;
                                ordered: number;
                                projects: number;
                                publicFen: number;
                                publicWan: number;
                                ratings: number;
                                satisfaction: number | null;
                                satisfiedRate: number | null;
                                screened: number;
                                socialFen: number;
                                socialWan: number;
                            };
                            micro: {
                                chosen: number;
                                completed: number;
                                ordered: number;
                                projects: number;
                                publicFen: number;
                                publicWan: number;
                                ratings: number;
                                satisfaction: number | null;
                                satisfiedRate: number | null;
                                screened: number;
                                socialFen: number;
                                socialWan: number;
                            };
                            year: number;
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
    "/api/projects/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区菜单 A community’s menu */
        get: {
            parameters: {
                query: {
                    nodeId: string;
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
                            active: boolean;
                            can: {
                                retire: boolean;
                            };
                            /** @enum {string} */
                            category: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                            description: string;
                            estimateFen: number;
                            /** Format: uuid */
                            id: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 上架菜单 Add to the menu */
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
                        category: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                        /** @default  */
                        description?: string;
                        estimateYuan: string;
                        /** Format: uuid */
                        nodeId: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/projects/menu/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 下架 Take off the menu */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/projects/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 照片 Photo bytes */
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
                    content?: never;
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
    "/api/projects/unit-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 责任单位满意度得分 Units’ scores */
        get: {
            parameters: {
                query: {
                    nodeId?: string;
                    year: number;
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
                            projects: number;
                            score: number;
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/property/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 物业企业 Property companies */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    q?: string;
                    year?: number;
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
                            can: {
                                manage: boolean;
                                rate: boolean;
                            };
                            compounds: number;
                            contactName: string;
                            creditCode: string;
                            hasPartyOrg: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** Format: uuid */
                            partyOrgId: string | null;
                            rating: {
                                stars: number;
                                /** @enum {string} */
                                state: "scored" | "published";
                                total: number;
                                year: number;
                            } | null;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记物业企业 Register a company */
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
                        /** @default  */
                        contactName?: string;
                        creditCode: string;
                        /** @default false */
                        hasPartyOrg?: boolean;
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: uuid */
                        partyOrgId?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/property/companies/{id}": {
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
        /** 修改物业企业 Change a company */
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
                        contactName?: string;
                        hasPartyOrg?: boolean;
                        name?: string;
                        /** Format: uuid */
                        partyOrgId?: string | null;
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/property/companies/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 星级评定 A company’s rating of a year */
        get: {
            parameters: {
                query: {
                    year: number;
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
                            comment: string;
                            /** Format: uuid */
                            companyId: string;
                            publishedAt: string | null;
                            scores: {
                                [key: string]: number;
                            };
                            stars: number;
                            /** @enum {string} */
                            state: "scored" | "published";
                            total: number;
                            year: number;
                        } | null;
                    };
                };
            };
        };
        /** “五个必须落实”评分 Score a company */
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
                        /** @default  */
                        comment?: string;
                        scores: {
                            [key: string]: number;
                        };
                        year: number;
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
                            stars: number;
                            total: number;
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
    "/api/property/companies/{id}/rating/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布星级评定 Publish the rating */
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
                        year: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/companies/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联物业工作人员账号 Link a staff account */
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
                        username: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小区 Compounds */
        get: {
            parameters: {
                query?: {
                    companyId?: string;
                    nodeId?: string;
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
                            address: string;
                            /** @enum {string} */
                            branchKind: "party_branch" | "work_branch" | "none";
                            can: {
                                fees: boolean;
                                issues: boolean;
                                manage: boolean;
                                meet: boolean;
                                quality: boolean;
                            };
                            committee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                partyMember: boolean;
                                /** @enum {string} */
                                post: "director" | "deputy" | "member";
                                termEnds: string | null;
                            }[];
                            /** Format: uuid */
                            companyId: string | null;
                            companyName: string | null;
                            households: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** Format: uuid */
                            partyOrgId: string | null;
                            partyOrgName: string | null;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记小区 Register a compound */
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
                        /** @default  */
                        address?: string;
                        /**
                         * @default party_branch
                         * @enum {string}
                         */
                        branchKind?: "party_branch" | "work_branch" | "none";
                        /** Format: uuid */
                        companyId?: string | null;
                        /** @default 0 */
                        households?: number;
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** Format: uuid */
                        partyOrgId?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/property/compounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 小区及其清单 A compound with its problem list */
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
                            compound: {
                                address: string;
                                /** @enum {string} */
                                branchKind: "party_branch" | "work_branch" | "none";
                                can: {
                                    fees: boolean;
                                    issues: boolean;
                                    manage: boolean;
                                    meet: boolean;
                                    quality: boolean;
                                };
                                committee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    partyMember: boolean;
                                    /** @enum {string} */
                                    post: "director" | "deputy" | "member";
                                    termEnds: string | null;
                                }[];
                                /** Format: uuid */
                                companyId: string | null;
                                companyName: string | null;
                                households: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                /** Format: uuid */
                                partyOrgId: string | null;
                                partyOrgName: string | null;
                                version: number;
                            };
                            issues: {
                                actions: ("decide" | "escalate" | "resolve" | "reopen")[];
                                amount: number | null;
                                /** Format: uuid */
                                compoundId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "arrears" | "service" | "facility" | "other";
                                measure: string;
                                /** Format: uuid */
                                meetingId: string | null;
                                months: number | null;
                                resolution: string;
                                room: string;
                                /** @enum {string} */
                                state: "listed" | "publicise" | "negotiate" | "hardship" | "litigate" | "working" | "resolved";
                                steps: {
                                    at: string;
                                    /** @enum {string} */
                                    from: "listed" | "publicise" | "negotiate" | "hardship" | "litigate" | "working" | "resolved";
                                    /** Format: uuid */
                                    meetingId: string | null;
                                    note: string;
                                    /** @enum {string} */
                                    to: "listed" | "publicise" | "negotiate" | "hardship" | "litigate" | "working" | "resolved";
                                }[];
                                title: string;
                                version: number;
                            }[];
                            meetings: {
                                attendees: string;
                                createdAt: string;
                                heldOn: string;
                                /** Format: uuid */
                                id: string;
                                minutes: string;
                            }[];
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
        /** 修改小区 Change a compound */
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
                        address?: string;
                        /** @enum {string} */
                        branchKind?: "party_branch" | "work_branch" | "none";
                        /** Format: uuid */
                        companyId?: string | null;
                        households?: number;
                        name?: string;
                        /** Format: uuid */
                        partyOrgId?: string | null;
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/property/compounds/{id}/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 五星争创 Enter the five-star campaign */
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
                        campaign: boolean;
                        year: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/compounds/{id}/committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加业委会成员 Add a committee member */
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
                        name: string;
                        /** @default false */
                        partyMember?: boolean;
                        /** @enum {string} */
                        post: "director" | "deputy" | "member";
                        /** Format: date */
                        termEnds?: string | null;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/property/compounds/{id}/committee-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联业委会账号 Link a committee account */
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
                        username: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/compounds/{id}/committee/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移除业委会成员 Remove a member */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    memberId: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/compounds/{id}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 登记收缴台账 Record months of the ledger */
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
                        rows: {
                            billed: number;
                            /** @default 0 */
                            householdsBilled?: number;
                            /** @default 0 */
                            householdsPaid?: number;
                            paid: number;
                            period: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/compounds/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 列入清单 Put an item on the list */
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
                        amount?: number | null;
                        /** Format: date */
                        dueOn?: string | null;
                        /** @enum {string} */
                        kind: "arrears" | "service" | "facility" | "other";
                        months?: number | null;
                        /** @default  */
                        room?: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/property/compounds/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 联席会议及决定 Record the joint meeting */
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
                        attendees: string;
                        /** @default [] */
                        decisions?: {
                            /** @enum {string|null} */
                            batch?: "publicise" | "negotiate" | "hardship" | "litigate" | null;
                            /** Format: date */
                            dueOn?: string | null;
                            /** Format: uuid */
                            issueId: string;
                            measure: string;
                        }[];
                        /** Format: date */
                        heldOn: string;
                        minutes: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/property/compounds/{id}/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 品质小区指数 The quality index of a year */
        get: {
            parameters: {
                query: {
                    year: number;
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
                            average: number | null;
                            campaign: boolean;
                            /** Format: uuid */
                            compoundId: string;
                            quarters: {
                                quarter: number;
                                scores: {
                                    [key: string]: number;
                                };
                                total: number;
                            }[];
                            stars: number | null;
                            year: number;
                        };
                    };
                };
            };
        };
        /** 季度指数考评 Score a quarter */
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
                        quarter: number;
                        scores: {
                            [key: string]: number;
                        };
                        year: number;
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
                            total: number;
                            yearly: {
                                average: number;
                                stars: number;
                            } | null;
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
    "/api/property/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评分项 Criteria */
        get: {
            parameters: {
                query: {
                    kind: "company" | "quality";
                    nodeId: string;
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
                            can: {
                                edit: boolean;
                            };
                            items: {
                                code: string;
                                grp: string;
                                name: string;
                                weight: number;
                            }[];
                            /** @enum {string} */
                            kind: "company" | "quality";
                        };
                    };
                };
            };
        };
        /** 设置评分项及权重 Set the criteria */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            /** @default  */
                            grp?: string;
                            name: string;
                            weight: number;
                        }[];
                        /** @enum {string} */
                        kind: "company" | "quality";
                        /** Format: uuid */
                        nodeId: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/property/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出台账 Export a register (.xlsx) */
        get: {
            parameters: {
                query: {
                    kind?: "company" | "quality";
                    nodeId?: string;
                    what: "companies" | "compounds" | "fees" | "issues" | "ratings" | "quality" | "criteria";
                    year?: number;
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
                    content?: never;
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
    "/api/property/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 物业费收缴 Fee ledger and rates */
        get: {
            parameters: {
                query?: {
                    compoundId?: string;
                    nodeId?: string;
                    year?: number;
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
                            billed: number;
                            compounds: {
                                billed: number;
                                /** Format: uuid */
                                compoundId: string;
                                months: {
                                    billed: number;
                                    householdsBilled: number;
                                    householdsPaid: number;
                                    paid: number;
                                    period: string;
                                    rate: number | null;
                                }[];
                                name: string;
                                nodeName: string;
                                paid: number;
                                rate: number | null;
                            }[];
                            paid: number;
                            rate: number | null;
                            year: number;
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
    "/api/property/import/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入 Import companies (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            skipped: number;
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
    "/api/property/import/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入 Import compounds (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            skipped: number;
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
    "/api/property/import/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入 Import fees (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
                            skipped: number;
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
    "/api/property/issues/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 升级处置、办结或重新列入 Escalate, resolve or reopen */
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
                        action: "escalate" | "resolve" | "reopen";
                        /** @default  */
                        note?: string;
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
                            state: string;
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
    "/api/property/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 品质小区排名 Quality ranking */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            average: number;
                            campaign: boolean;
                            /** Format: uuid */
                            compoundId: string;
                            name: string;
                            nodeName: string;
                            quarters: number;
                            rank: number;
                            stars: number | null;
                        }[];
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
    "/api/public/council/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查找社区 Find a community */
        get: {
            parameters: {
                query: {
                    q: string;
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
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            parents: string[];
                        }[];
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
    "/api/public/council/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区议事公开页 A community’s public page */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisions: {
                                authorLabel: string;
                                /** @enum {string} */
                                bodyKind: "residents" | "children";
                                /** @enum {string} */
                                category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                                convention: string | null;
                                createdAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                ideas: number;
                                /** @enum {string|null} */
                                outcome: "adopted" | "not_adopted" | null;
                                progress: number;
                                resolvedAt: string | null;
                                /** @enum {string} */
                                stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                                supports: number;
                                title: string;
                                vote: {
                                    ballots: number | null;
                                    closesAt: string;
                                    eligible: number | null;
                                    options: {
                                        count: number | null;
                                        label: string;
                                        position: number;
                                    }[];
                                    secret: boolean;
                                    state: string;
                                    turnout: number | null;
                                    voted: number;
                                } | null;
                            }[];
                            figures: {
                                adopted: number;
                                decided: number;
                                meetings: number;
                                proposals: number;
                                resolved: number;
                            };
                            /** Format: uuid */
                            id: string;
                            meetings: {
                                attendees: number;
                                startsAt: string;
                                status: string;
                                title: string;
                            }[];
                            name: string;
                            parents: string[];
                            topics: {
                                authorLabel: string;
                                /** @enum {string} */
                                bodyKind: "residents" | "children";
                                /** @enum {string} */
                                category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                                createdAt: string;
                                decidedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                ideas: number;
                                /** @enum {string|null} */
                                outcome: "adopted" | "not_adopted" | null;
                                progress: number;
                                resolvedAt: string | null;
                                /** @enum {string} */
                                stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                                supports: number;
                                title: string;
                            }[];
                            year: number;
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
    "/api/public/council/topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开议题 A public topic */
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
                            authorLabel: string;
                            /** @enum {string} */
                            bodyKind: "residents" | "children";
                            /** @enum {string} */
                            category: "environment" | "facilities" | "parking" | "safety" | "property" | "elderly_children" | "culture" | "other";
                            convention: string | null;
                            createdAt: string;
                            decidedAt: string | null;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            ideas: number;
                            ideasList: {
                                authorLabel: string;
                                supports: number;
                                text: string;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** @enum {string|null} */
                            outcome: "adopted" | "not_adopted" | null;
                            plan: string | null;
                            progress: number;
                            progressNotes: {
                                createdAt: string;
                                percent: number;
                                text: string;
                            }[];
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            /** @enum {string} */
                            stage: "raise" | "ideas" | "plan" | "floor" | "convention" | "decide" | "implementing" | "resolved" | "not_adopted" | "declined" | "withdrawn";
                            supports: number;
                            title: string;
                            vote: {
                                ballots: number | null;
                                closesAt: string;
                                eligible: number | null;
                                options: {
                                    count: number | null;
                                    label: string;
                                    position: number;
                                }[];
                                secret: boolean;
                                state: string;
                                turnout: number | null;
                                voted: number;
                            } | null;
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
    "/api/public/honours/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开荣誉榜 Public honours page */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    nodeId: string;
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
                            entries: {
                                detail: string;
                                name: string;
                                period: string;
                                source: string;
                                title: string;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            year: number;
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
    "/api/public/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区民生项目（公开）A community’s projects (public) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            figures: {
                                chosen: number;
                                completed: number;
                                ordered: number;
                                projects: number;
                                publicFen: number;
                                publicWan: number;
                                ratings: number;
                                satisfaction: number | null;
                                satisfiedRate: number | null;
                                screened: number;
                                socialFen: number;
                                socialWan: number;
                            };
                            items: {
                                /** @enum {string} */
                                category: "facilities" | "environment" | "elderly" | "children" | "safety" | "culture" | "health" | "other";
                                completedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "micro" | "livelihood";
                                progress: number;
                                publicFen: number;
                                ratings: number;
                                satisfaction: number | null;
                                socialFen: number;
                                /** @enum {string} */
                                stage: "ordered" | "rejected" | "withdrawn" | "approved" | "budgeted" | "implementing" | "inspecting" | "completed" | "closed" | "candidate" | "chosen" | "not_chosen";
                                title: string;
                                year: number;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
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
    "/api/public/property/communities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 业主查看物业星级 What owners see: companies and their published ratings */
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
                            companies: {
                                name: string;
                                ratings: {
                                    stars: number;
                                    total: number;
                                    year: number;
                                }[];
                            }[];
                            compounds: {
                                companyName: string | null;
                                households: number;
                                name: string;
                                ratings: {
                                    stars: number;
                                    total: number;
                                    year: number;
                                }[];
                            }[];
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
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
    "/api/public/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区服务超市（公开） A community’s marketplace, public */
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
                            boards: {
                                byAccepted: {
                                    accepted: number;
                                    good: number;
                                    name: string;
                                    /** Format: uuid */
                                    orgId: string;
                                    rated: number;
                                }[];
                                byCategory: {
                                    accepted: number;
                                    category: string;
                                    good: number;
                                    placed: number;
                                    rated: number;
                                }[];
                                byGoodRate: {
                                    accepted: number;
                                    good: number;
                                    name: string;
                                    /** Format: uuid */
                                    orgId: string;
                                    rate: number;
                                    rated: number;
                                }[];
                                figures: {
                                    acceptanceRate: number | null;
                                    accepted: number;
                                    good: number;
                                    goodRate: number | null;
                                    placed: number;
                                    rated: number;
                                };
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                year: number;
                            };
                            items: {
                                /** @enum {string} */
                                category: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                                description: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                list: "government" | "community" | "resident" | "offer";
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                open: boolean;
                                providerOrgName: string | null;
                                title: string;
                            }[];
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
    "/api/public/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社区志愿活动（公开） A community’s volunteer activities, public */
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
                            activities: {
                                capacity: number;
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                nodeName: string;
                                place: string;
                                signedUp: number;
                                startsAt: string;
                                teamName: string | null;
                                title: string;
                            }[];
                            totals: {
                                activities: number;
                                hours: number;
                                teams: number;
                                volunteers: number;
                                year: number;
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
    "/api/residents/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监护人关联儿童 Link a child as guardian */
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
                        /** @enum {boolean} */
                        consent: true;
                        name: string;
                        nationalId: string;
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
                            age: number;
                            consentedAt: string;
                            name: string;
                            /** Format: uuid */
                            personId: string;
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
    "/api/residents/children/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤回监护人同意 Withdraw consent */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/residents/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 实名核验：认领居民档案 Claim one’s record */
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
                        districtId: string;
                        name: string;
                        nationalId: string;
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
                            /** Format: uuid */
                            communityId: string;
                            communityName: string;
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
    "/api/residents/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为居民发放邀请码 Invite a resident */
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
                        districtId?: string;
                        /** Format: uuid */
                        personId: string;
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
                            code: string;
                            expiresAt: string;
                            personName: string;
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
    "/api/residents/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的 My page */
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
                            children: {
                                age: number;
                                consentedAt: string;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            }[];
                            community: {
                                /** Format: uuid */
                                districtId: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            consentText: string;
                            displayName: string;
                            phone: string | null;
                            /** Format: uuid */
                            userId: string;
                            verified: boolean;
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
    "/api/residents/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 获取短信验证码 Send a one-time code */
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
                        phone: string;
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
                            expiresIn: number;
                            resendIn: number;
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
    "/api/residents/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 使用邀请码 Redeem an invitation */
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
                        code: string;
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
                            /** Format: uuid */
                            communityId: string;
                            communityName: string;
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
    "/api/residents/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 验证码注册或登录 Sign up or log in with the code */
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
                        code: string;
                        phone: string;
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
                            created: boolean;
                            verified: boolean;
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
    "/api/services/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 比武榜 The three leaderboards and the rates */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            byAccepted: {
                                accepted: number;
                                good: number;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                rated: number;
                            }[];
                            byCategory: {
                                accepted: number;
                                category: string;
                                good: number;
                                placed: number;
                                rated: number;
                            }[];
                            byGoodRate: {
                                accepted: number;
                                good: number;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                rate: number;
                                rated: number;
                            }[];
                            figures: {
                                acceptanceRate: number | null;
                                accepted: number;
                                good: number;
                                goodRate: number | null;
                                placed: number;
                                rated: number;
                            };
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            year: number;
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
    "/api/services/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出点单与清单 Export orders and lists (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/services/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 四张清单 The four lists */
        get: {
            parameters: {
                query?: {
                    category?: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                    list?: "government" | "community" | "resident" | "offer";
                    nodeId?: string;
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
                            can: {
                                close: boolean;
                                order: boolean;
                            };
                            /** @enum {string} */
                            category: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            list: "government" | "community" | "resident" | "offer";
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            open: boolean;
                            orders: number;
                            providerOrgName: string | null;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 发布服务项目 Publish an item */
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
                        category: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                        description?: string;
                        /** @enum {string} */
                        list: "government" | "community" | "offer";
                        /** Format: uuid */
                        nodeId: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/services/items/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开放或停止点单 Open or close an item */
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
                        open: boolean;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/services/items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入服务清单 Import items (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            created: number;
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
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
    "/api/services/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 点单 Orders */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    nodeId?: string;
                    offset?: number;
                    state?: "open" | "accepted" | "delivered" | "rated" | "cancelled";
                    view?: "mine" | "open" | "ours" | "all";
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
                                acceptedAt: string | null;
                                actions: ("accept" | "deliver" | "rate" | "cancel")[];
                                /** @enum {string} */
                                category: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                                contactPhone?: string | null;
                                deliveredAt: string | null;
                                deliveryNote: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                list: "government" | "community" | "resident" | "offer";
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                note: string;
                                orgName: string | null;
                                placedAt: string;
                                ratedAt: string | null;
                                rating: number | null;
                                ratingComment: string | null;
                                residentLabel: string;
                                /** @enum {string} */
                                state: "open" | "accepted" | "delivered" | "rated" | "cancelled";
                                title: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 点单 Place an order (Idempotency-Key: safe to send again) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                        contactPhone?: string;
                        /** Format: uuid */
                        itemId?: string;
                        note?: string;
                        title?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/services/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 点单详情 An order */
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
                            acceptedAt: string | null;
                            actions: ("accept" | "deliver" | "rate" | "cancel")[];
                            /** @enum {string} */
                            category: "elderly" | "children" | "mediation" | "health" | "culture" | "repair" | "legal" | "employment";
                            contactPhone?: string | null;
                            deliveredAt: string | null;
                            deliveryNote: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            list: "government" | "community" | "resident" | "offer";
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            note: string;
                            orgName: string | null;
                            placedAt: string;
                            ratedAt: string | null;
                            rating: number | null;
                            ratingComment: string | null;
                            residentLabel: string;
                            /** @enum {string} */
                            state: "open" | "accepted" | "delivered" | "rated" | "cancelled";
                            title: string;
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
    "/api/services/orders/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接单、服务完成、评价、取消 Accept, deliver, rate, cancel */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "deliver" | "rate" | "cancel";
                        comment?: string;
                        note?: string;
                        rating?: number;
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
                            replayed: boolean;
                            /** @enum {string} */
                            state: "open" | "accepted" | "delivered" | "rated" | "cancelled";
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
    "/api/socialorgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社会组织台账 The register */
        get: {
            parameters: {
                query?: {
                    category?: "elderly" | "children" | "mediation" | "culture" | "health" | "fishery" | "disability" | "community";
                    nodeId?: string;
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
                            /** @enum {string} */
                            category: "elderly" | "children" | "mediation" | "culture" | "health" | "fishery" | "disability" | "community";
                            contact: string;
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            incubationLevel: "district" | "street" | "community" | null;
                            /** @enum {string|null} */
                            incubationState: "incubating" | "graduated" | null;
                            lastInspection: {
                                /** @enum {string} */
                                result: "qualified" | "basically_qualified" | "unqualified";
                                year: number;
                            } | null;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** @enum {string} */
                            partyBranch: "none" | "single" | "joint";
                            projects: number;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记社会组织 Register an organisation */
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
                        category: "elderly" | "children" | "mediation" | "culture" | "health" | "fishery" | "disability" | "community";
                        contact?: string;
                        creditCode: string;
                        /** @enum {string|null} */
                        incubationLevel?: "district" | "street" | "community" | null;
                        /** @enum {string|null} */
                        incubationState?: "incubating" | "graduated" | null;
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
                        /** @enum {string} */
                        partyBranch: "none" | "single" | "joint";
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
                            /** Format: uuid */
                            id: string;
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
    "/api/socialorgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社会组织详情 An organisation */
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
                            can: {
                                manage: boolean;
                            };
                            /** @enum {string} */
                            category: "elderly" | "children" | "mediation" | "culture" | "health" | "fishery" | "disability" | "community";
                            contact: string;
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            incubationLevel: "district" | "street" | "community" | null;
                            /** @enum {string|null} */
                            incubationState: "incubating" | "graduated" | null;
                            inspections: {
                                note: string;
                                /** @enum {string} */
                                result: "qualified" | "basically_qualified" | "unqualified";
                                year: number;
                            }[];
                            lastInspection: {
                                /** @enum {string} */
                                result: "qualified" | "basically_qualified" | "unqualified";
                                year: number;
                            } | null;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            /** @enum {string} */
                            partyBranch: "none" | "single" | "joint";
                            projectList: {
                                amountYuan: number;
                                funder: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                                year: number;
                            }[];
                            projects: number;
                            staff: {
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            version: number;
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
        /** 修改 Change particulars */
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
                        category?: "elderly" | "children" | "mediation" | "culture" | "health" | "fishery" | "disability" | "community";
                        contact?: string;
                        /** @enum {string|null} */
                        incubationLevel?: "district" | "street" | "community" | null;
                        /** @enum {string|null} */
                        incubationState?: "incubating" | "graduated" | null;
                        name?: string;
                        /** @enum {string} */
                        partyBranch?: "none" | "single" | "joint";
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/socialorgs/{id}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 年检 Annual inspection */
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
                        note?: string;
                        /** @enum {string} */
                        result: "qualified" | "basically_qualified" | "unqualified";
                        year: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/socialorgs/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承接项目 A project taken */
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
                        amountYuan: number;
                        funder?: string;
                        title: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/socialorgs/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联工作人员账号 Link a staff account */
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
                        username: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/socialorgs/{id}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 解除关联 Unlink a staff account */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/socialorgs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出台账 Export (.xlsx) */
        get: {
            parameters: {
                query?: {
                    category?: "elderly" | "children" | "mediation" | "culture" | "health" | "fishery" | "disability" | "community";
                    nodeId?: string;
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
                    content?: never;
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
    "/api/socialorgs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入台账 Import (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            created: number;
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
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
    "/api/tasks/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回揭榜申请 Withdraw an application */
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
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "withdrawn";
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
    "/api/tasks/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 每日研判 Run the daily evaluation */
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
                        /** Format: date */
                        day?: string;
                        /** Format: uuid */
                        districtId?: string;
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
                            accountabilityDrafts: number;
                            commendationDrafts: number;
                            day: string;
                            deadlineNotices: number;
                            evaluated: number;
                            red: number;
                            yellow: number;
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
    "/api/tasks/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请容错 Apply for exemption */
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
                        grounds: string;
                        innovation: string;
                        /** Format: uuid */
                        orderId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/exemptions/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 容错认定 Decide */
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
                        decision: "grant" | "refuse";
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
                            createdAt: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            grounds: string;
                            /** Format: uuid */
                            id: string;
                            innovation: string;
                            /** Format: uuid */
                            orderId: string;
                            /** @enum {string} */
                            status: "pending" | "granted" | "refused";
                            /** Format: uuid */
                            taskId: string;
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
    "/api/tasks/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 排行榜 Leaderboards */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                            tasks: {
                                actualProgress: number;
                                /** @enum {string|null} */
                                evalStatus: "normal" | "yellow" | "red" | null;
                                plannedProgress: number;
                                rank: number;
                                /** Format: uuid */
                                taskId: string;
                                title: string;
                            }[];
                            units: {
                                accountabilities: number;
                                avgProgress: number;
                                commendations: number;
                                completedOnTime: number;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                                points: number;
                                rank: number;
                                tasks: number;
                            }[];
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
    "/api/tasks/leaderboard.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出排行 Export */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                    content?: never;
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
    "/api/tasks/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务榜 Task lists */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                    year?: number;
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
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            publishedAt: string | null;
                            publishedVersion: number | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            taskCount: number;
                            title: string;
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新建任务榜 Create list */
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
                        districtId: string;
                        title: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务榜 List */
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
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            publishedAt: string | null;
                            publishedVersion: number | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            taskCount: number;
                            title: string;
                            version: number;
                            year: number;
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
    "/api/tasks/lists/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报 Proposals */
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
                            category: "major_project" | "key_reform" | "key_work" | "party_building";
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            listId: string;
                            proposerName: string;
                            /** Format: uuid */
                            proposerNodeId: string;
                            rationale: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "merged" | "rejected";
                            /** Format: uuid */
                            taskId: string | null;
                            title: string;
                        }[];
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
    "/api/tasks/lists/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布任务榜 Publish (freezes the version) */
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
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            publishedAt: string | null;
                            publishedVersion: number | null;
                            /** @enum {string} */
                            status: "draft" | "published";
                            taskCount: number;
                            title: string;
                            version: number;
                            year: number;
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
    "/api/tasks/lists/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加任务 Add task */
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
                        category: "major_project" | "key_reform" | "key_work" | "party_building";
                        /** Format: date */
                        deadline: string;
                        goal: string;
                        /** @default [] */
                        indicators?: {
                            actual?: number | null;
                            higherIsBetter?: boolean;
                            name: string;
                            target: number;
                            unit: string;
                        }[];
                        investment?: number | null;
                        milestones: {
                            /** Format: date */
                            dueDate: string;
                            title: string;
                            weight: number;
                        }[];
                        /** Format: uuid */
                        responsibleNodeId?: string | null;
                        /** Format: date */
                        startDate?: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三令台账 Orders register */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    status?: "draft" | "issued" | "dismissed";
                    taskId?: string;
                    to?: string;
                    type?: "responsibility" | "commendation" | "accountability";
                    unitNodeId?: string;
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 拟令 Draft an order */
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
                        body?: string;
                        reason: string;
                        /** Format: uuid */
                        taskId: string;
                        title?: string;
                        /** @enum {string} */
                        type: "commendation" | "accountability";
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
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
    "/api/tasks/orders.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出台账 Export orders */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    status?: "draft" | "issued" | "dismissed";
                    taskId?: string;
                    to?: string;
                    type?: "responsibility" | "commendation" | "accountability";
                    unitNodeId?: string;
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
                    content?: never;
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
    "/api/tasks/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 令 Order */
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
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
        /** 修改草稿 Edit a draft */
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
                        body?: string;
                        reason: string;
                        title?: string;
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks/orders/{id}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PDF */
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
                    content?: never;
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
    "/api/tasks/orders/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签收 Acknowledge receipt */
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
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
    "/api/tasks/orders/{id}/consequences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结果运用 Consequences */
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
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "public_notice" | "performance_score" | "highlight_points" | "award" | "rest_leave" | "incentive" | "cadre_assessment" | "file_entry";
                            /** @default  */
                            note: string;
                            /** Format: uuid */
                            orderId: string;
                            /** @default 0 */
                            points: number;
                            /** Format: uuid */
                            subjectNodeId?: string | null;
                            /** Format: uuid */
                            subjectPersonId?: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 记录结果运用 Record consequences */
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
                        items: {
                            /** @enum {string} */
                            kind: "public_notice" | "performance_score" | "highlight_points" | "award" | "rest_leave" | "incentive" | "cadre_assessment" | "file_entry";
                            /** @default  */
                            note?: string;
                            /** @default 0 */
                            points?: number;
                            /** Format: uuid */
                            subjectNodeId?: string | null;
                            /** Format: uuid */
                            subjectPersonId?: string | null;
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
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "public_notice" | "performance_score" | "highlight_points" | "award" | "rest_leave" | "incentive" | "cadre_assessment" | "file_entry";
                            /** @default  */
                            note: string;
                            /** Format: uuid */
                            orderId: string;
                            /** @default 0 */
                            points: number;
                            /** Format: uuid */
                            subjectNodeId?: string | null;
                            /** Format: uuid */
                            subjectPersonId?: string | null;
                        }[];
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
    "/api/tasks/orders/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销草稿 Dismiss */
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
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
    "/api/tasks/orders/{id}/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 容错申请 Exemptions */
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
                            createdAt: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            grounds: string;
                            /** Format: uuid */
                            id: string;
                            innovation: string;
                            /** Format: uuid */
                            orderId: string;
                            /** @enum {string} */
                            status: "pending" | "granted" | "refused";
                            /** Format: uuid */
                            taskId: string;
                        }[];
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
    "/api/tasks/orders/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发 Issue */
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
                            acknowledgedAt: string | null;
                            body: string;
                            can: {
                                acknowledge: boolean;
                                consequences: boolean;
                                decideExemption: boolean;
                                dismiss: boolean;
                                edit: boolean;
                                exempt: boolean;
                                issue: boolean;
                            };
                            commanderName: string | null;
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string | null;
                            number: string | null;
                            /** @enum {string} */
                            origin: "award" | "evaluation" | "officer";
                            pendingExemption: boolean;
                            proposalReason: string | null;
                            /** @enum {string} */
                            status: "draft" | "issued" | "dismissed";
                            /** Format: uuid */
                            taskId: string;
                            taskTitle: string;
                            title: string;
                            /** @enum {string|null} */
                            trigger: "progress_lag" | "ranking_lag" | "deadline_missed" | "indicators_unmet" | "violation" | "target_met" | null;
                            /** @enum {string} */
                            type: "responsibility" | "commendation" | "accountability";
                            unitName: string | null;
                            /** Format: uuid */
                            unitNodeId: string | null;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                            }[];
                            version: number;
                            year: number;
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
    "/api/tasks/orders/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印版 Printable A4 page */
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
                    content?: never;
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
    "/api/tasks/party-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布党建项目 List a project */
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
                        /** Format: date */
                        deadline: string;
                        goal: string;
                        investment?: number | null;
                        milestones: {
                            /** Format: date */
                            dueDate: string;
                            title: string;
                            weight: number;
                        }[];
                        /** Format: uuid */
                        ownerNodeId: string;
                        /** Format: date */
                        startDate?: string;
                        title: string;
                        year: number;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/party-projects/{id}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认认领 Award a claim */
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
                        applicationIds: string[];
                        beneficiaries?: number;
                        /** Format: uuid */
                        commanderAccountId?: string | null;
                        commanderName: string;
                        /** Format: uuid */
                        commanderPersonId?: string | null;
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
                            /** Format: uuid */
                            orderId: string | null;
                            orderNumber: string | null;
                            /** Format: uuid */
                            taskId: string;
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
    "/api/tasks/party-projects/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认领统计 Summary */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                            beneficiaries: number;
                            claimed: number;
                            claimingUnits: number;
                            projects: number;
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
    "/api/tasks/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 令与积分 Orders and points */
        get: {
            parameters: {
                query: {
                    from: string;
                    nodeId?: string;
                    personId?: string;
                    to: string;
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
                            consequences: {
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "public_notice" | "performance_score" | "highlight_points" | "award" | "rest_leave" | "incentive" | "cadre_assessment" | "file_entry";
                                /** @default  */
                                note: string;
                                /** Format: uuid */
                                orderId: string;
                                /** @default 0 */
                                points: number;
                                /** Format: uuid */
                                subjectNodeId?: string | null;
                                /** Format: uuid */
                                subjectPersonId?: string | null;
                            }[];
                            orders: {
                                issuedAt: string;
                                number: string | null;
                                /** Format: uuid */
                                orderId: string;
                                taskTitle: string;
                                /** @enum {string} */
                                type: "responsibility" | "commendation" | "accountability";
                            }[];
                            totalPoints: number;
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
    "/api/tasks/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重大项目 Major projects */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    stage?: "construction" | "preliminary" | "planning";
                    year: number;
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
                            /** Format: uuid */
                            branchPartyOrgId: string | null;
                            can: {
                                edit: boolean;
                            };
                            /** @enum {string} */
                            category: "industry" | "livelihood" | "infrastructure";
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            hqPartyOrgId: string | null;
                            /** Format: uuid */
                            id: string;
                            investment: number | null;
                            leadName: string | null;
                            /** Format: uuid */
                            leadNodeId: string | null;
                            name: string;
                            note: string;
                            /** @enum {string} */
                            stage: "construction" | "preliminary" | "planning";
                            /** Format: uuid */
                            taskId: string | null;
                            version: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记重大项目 Register a project */
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
                        branchPartyOrgId?: string | null;
                        /**
                         * @default industry
                         * @enum {string}
                         */
                        category?: "industry" | "livelihood" | "infrastructure";
                        /** Format: uuid */
                        districtId: string;
                        /** Format: uuid */
                        hqPartyOrgId?: string | null;
                        investment?: number | null;
                        /** Format: uuid */
                        leadNodeId?: string | null;
                        name: string;
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        stage: "construction" | "preliminary" | "planning";
                        /** Format: uuid */
                        taskId?: string | null;
                        year: number;
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
                            /** Format: uuid */
                            branchPartyOrgId: string | null;
                            can: {
                                edit: boolean;
                            };
                            /** @enum {string} */
                            category: "industry" | "livelihood" | "infrastructure";
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            hqPartyOrgId: string | null;
                            /** Format: uuid */
                            id: string;
                            investment: number | null;
                            leadName: string | null;
                            /** Format: uuid */
                            leadNodeId: string | null;
                            name: string;
                            note: string;
                            /** @enum {string} */
                            stage: "construction" | "preliminary" | "planning";
                            /** Format: uuid */
                            taskId: string | null;
                            version: number;
                            year: number;
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
    "/api/tasks/projects.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出重大项目 Export */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                    content?: never;
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
    "/api/tasks/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改重大项目 Edit or move a stage */
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
                        /** Format: uuid */
                        branchPartyOrgId?: string | null;
                        /**
                         * @default industry
                         * @enum {string}
                         */
                        category?: "industry" | "livelihood" | "infrastructure";
                        /** Format: uuid */
                        districtId: string;
                        /** Format: uuid */
                        hqPartyOrgId?: string | null;
                        investment?: number | null;
                        /** Format: uuid */
                        leadNodeId?: string | null;
                        name: string;
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        stage: "construction" | "preliminary" | "planning";
                        /** Format: uuid */
                        taskId?: string | null;
                        version: number;
                        year: number;
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
                            /** Format: uuid */
                            branchPartyOrgId: string | null;
                            can: {
                                edit: boolean;
                            };
                            /** @enum {string} */
                            category: "industry" | "livelihood" | "infrastructure";
                            /** Format: uuid */
                            districtId: string;
                            /** Format: uuid */
                            hqPartyOrgId: string | null;
                            /** Format: uuid */
                            id: string;
                            investment: number | null;
                            leadName: string | null;
                            /** Format: uuid */
                            leadNodeId: string | null;
                            name: string;
                            note: string;
                            /** @enum {string} */
                            stage: "construction" | "preliminary" | "planning";
                            /** Format: uuid */
                            taskId: string | null;
                            version: number;
                            year: number;
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
    "/api/tasks/projects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入重大项目 Import (multipart `file`: .xlsx or CSV) */
        post: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                            added: number;
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            updated: number;
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
    "/api/tasks/projects/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重大项目分阶段 By stage */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                            byStage: {
                                count: number;
                                investment: number;
                                /** @enum {string} */
                                stage: "construction" | "preliminary" | "planning";
                            }[];
                            total: number;
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
    "/api/tasks/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 自下而上申报 Propose a task */
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
                        category: "major_project" | "key_reform" | "key_work" | "party_building";
                        /** Format: date */
                        deadline: string;
                        goal: string;
                        /** @default [] */
                        indicators?: {
                            actual?: number | null;
                            higherIsBetter?: boolean;
                            name: string;
                            target: number;
                            unit: string;
                        }[];
                        investment?: number | null;
                        /** Format: uuid */
                        listId: string;
                        milestones: {
                            /** Format: date */
                            dueDate: string;
                            title: string;
                            weight: number;
                        }[];
                        /** Format: uuid */
                        proposerNodeId: string;
                        /** @default  */
                        rationale?: string;
                        /** Format: uuid */
                        responsibleNodeId?: string | null;
                        /** Format: date */
                        startDate?: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/proposals/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审定申报 Approve, merge or reject */
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
                        decision: "approve";
                        reason: string;
                    } | {
                        /** @enum {string} */
                        decision: "merge";
                        /** Format: uuid */
                        mergeIntoTaskId: string;
                        reason: string;
                    } | {
                        /** @enum {string} */
                        decision: "reject";
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
                            /** @enum {string} */
                            category: "major_project" | "key_reform" | "key_work" | "party_building";
                            createdAt: string;
                            decisionReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            listId: string;
                            proposerName: string;
                            /** Format: uuid */
                            proposerNodeId: string;
                            rationale: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "merged" | "rejected";
                            /** Format: uuid */
                            taskId: string | null;
                            title: string;
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
    "/api/tasks/public/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开任务榜 Public list */
        get: {
            parameters: {
                query: {
                    districtId: string;
                    year: number;
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
                            /** Format: uuid */
                            districtId: string;
                            publishedAt: string;
                            publishedVersion: number;
                            tasks: {
                                actualProgress: number;
                                /** @enum {string} */
                                category: "major_project" | "key_reform" | "key_work" | "party_building";
                                commanderName: string | null;
                                deadline: string;
                                /** @enum {string|null} */
                                evalStatus: "normal" | "yellow" | "red" | null;
                                goal: string;
                                /** Format: uuid */
                                id: string;
                                no: number;
                                plannedProgress: number;
                                /** @enum {string} */
                                status: "draft" | "published" | "awarded" | "completed" | "cancelled";
                                title: string;
                                units: string[];
                            }[];
                            title: string;
                            year: number;
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
    "/api/tasks/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价规则 The district evaluation thresholds */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            canEdit: boolean;
                            deadlineNoticeDays: number;
                            defaults: {
                                deadlineNoticeDays: number;
                                indicatorGraceDays: number;
                                rankingLagDays: number;
                                rankingLagPlaces: number;
                                redDaysForAccountability: number;
                                redMargin: number;
                                yellowMargin: number;
                            };
                            /** Format: uuid */
                            districtId: string;
                            indicatorGraceDays: number;
                            isDefault: boolean;
                            rankingLagDays: number;
                            rankingLagPlaces: number;
                            redDaysForAccountability: number;
                            redMargin: number;
                            updatedAt: string | null;
                            version: number;
                            yellowMargin: number;
                        };
                    };
                };
            };
        };
        /** 设置评价规则 Set the district evaluation thresholds */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        deadlineNoticeDays: number;
                        /** Format: uuid */
                        districtId: string;
                        indicatorGraceDays?: number;
                        rankingLagDays?: number;
                        rankingLagPlaces?: number;
                        redDaysForAccountability: number;
                        redMargin: number;
                        version: number;
                        yellowMargin: number;
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
                            canEdit: boolean;
                            deadlineNoticeDays: number;
                            defaults: {
                                deadlineNoticeDays: number;
                                indicatorGraceDays: number;
                                rankingLagDays: number;
                                rankingLagPlaces: number;
                                redDaysForAccountability: number;
                                redMargin: number;
                                yellowMargin: number;
                            };
                            /** Format: uuid */
                            districtId: string;
                            indicatorGraceDays: number;
                            isDefault: boolean;
                            rankingLagDays: number;
                            rankingLagPlaces: number;
                            redDaysForAccountability: number;
                            redMargin: number;
                            updatedAt: string | null;
                            version: number;
                            yellowMargin: number;
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
    "/api/tasks/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务看板 Board */
        get: {
            parameters: {
                query?: {
                    category?: "major_project" | "key_reform" | "key_work" | "party_building";
                    evalStatus?: "normal" | "yellow" | "red";
                    kind?: "list_task" | "party_project";
                    listId?: string;
                    q?: string;
                    status?: "draft" | "published" | "awarded" | "completed" | "cancelled";
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
                            actualProgress: number;
                            beneficiaries: number;
                            /** @enum {string} */
                            category: "major_project" | "key_reform" | "key_work" | "party_building";
                            code: string;
                            commanderName: string | null;
                            deadline: string;
                            /** Format: uuid */
                            districtId: string;
                            /** @enum {string|null} */
                            evalStatus: "normal" | "yellow" | "red" | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "list_task" | "party_project";
                            /** Format: uuid */
                            listId: string | null;
                            no: number;
                            plannedProgress: number;
                            redSince: string | null;
                            responsibleName: string | null;
                            /** Format: uuid */
                            responsibleNodeId: string | null;
                            /** @enum {string} */
                            source: "top_down" | "bottom_up";
                            /** @enum {string} */
                            status: "draft" | "published" | "awarded" | "completed" | "cancelled";
                            title: string;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                                /** Format: uuid */
                                partyOrgId: string | null;
                            }[];
                            version: number;
                        }[];
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
    "/api/tasks/tasks.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出任务 Export tasks */
        get: {
            parameters: {
                query?: {
                    category?: "major_project" | "key_reform" | "key_work" | "party_building";
                    evalStatus?: "normal" | "yellow" | "red";
                    kind?: "list_task" | "party_project";
                    listId?: string;
                    q?: string;
                    status?: "draft" | "published" | "awarded" | "completed" | "cancelled";
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
                    content?: never;
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
    "/api/tasks/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务详情 Task */
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
                            actualProgress: number;
                            beneficiaries: number;
                            can: {
                                apply: boolean;
                                cancel: boolean;
                                draftOrder: boolean;
                                manage: boolean;
                                recordPerformance: boolean;
                                report: boolean;
                                reportIndicators: boolean;
                            };
                            cancelReason: string | null;
                            /** @enum {string} */
                            category: "major_project" | "key_reform" | "key_work" | "party_building";
                            code: string;
                            commanderName: string | null;
                            completedAt: string | null;
                            deadline: string;
                            /** Format: uuid */
                            districtId: string;
                            /** @enum {string|null} */
                            evalStatus: "normal" | "yellow" | "red" | null;
                            goal: string;
                            /** Format: uuid */
                            id: string;
                            indicators: {
                                actual?: number | null;
                                higherIsBetter?: boolean;
                                name: string;
                                target: number;
                                unit: string;
                            }[];
                            investment: number | null;
                            /** @enum {string} */
                            kind: "list_task" | "party_project";
                            /** Format: uuid */
                            listId: string | null;
                            milestones: {
                                dueDate: string;
                                percent: number;
                                seq: number;
                                title: string;
                                weight: number;
                            }[];
                            no: number;
                            /** Format: uuid */
                            ownerNodeId: string | null;
                            plannedProgress: number;
                            redSince: string | null;
                            responsibleName: string | null;
                            /** Format: uuid */
                            responsibleNodeId: string | null;
                            /** @enum {string} */
                            source: "top_down" | "bottom_up";
                            startDate: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "awarded" | "completed" | "cancelled";
                            title: string;
                            units: {
                                lead: boolean;
                                name: string;
                                /** Format: uuid */
                                nodeId: string;
                                /** Format: uuid */
                                partyOrgId: string | null;
                            }[];
                            version: number;
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
    "/api/tasks/tasks/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 揭榜申请 Applications */
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
                            applicantName: string;
                            /** Format: uuid */
                            applicantNodeId: string;
                            commanderName: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            partyOrgId: string | null;
                            plan: string;
                            /** @enum {string} */
                            status: "submitted" | "awarded" | "not_awarded";
                            /** Format: uuid */
                            taskId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 揭榜 Apply */
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
                        /** Format: uuid */
                        applicantNodeId: string;
                        commanderName?: string;
                        /** Format: uuid */
                        commanderPersonId?: string | null;
                        /** Format: uuid */
                        partyOrgId?: string | null;
                        plan: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/tasks/{id}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 定榜挂帅 Award (issues the responsibility order) */
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
                        applicationIds: string[];
                        beneficiaries?: number;
                        /** Format: uuid */
                        commanderAccountId?: string | null;
                        commanderName: string;
                        /** Format: uuid */
                        commanderPersonId?: string | null;
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
                            /** Format: uuid */
                            orderId: string | null;
                            orderNumber: string | null;
                            /** Format: uuid */
                            taskId: string;
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
    "/api/tasks/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销任务 Cancel a draft or published task (with a reason) */
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
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "awarded" | "completed" | "cancelled";
                            version: number;
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
    "/api/tasks/tasks/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 填报指标实际值 Report indicators’ actual values */
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
                        values: {
                            actual: number;
                            index: number;
                        }[];
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
                            allMet: boolean;
                            /** Format: uuid */
                            id: string;
                            indicators: {
                                actual?: number | null;
                                higherIsBetter?: boolean;
                                name: string;
                                target: number;
                                unit: string;
                            }[];
                            version: number;
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
    "/api/tasks/tasks/{id}/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 揭榜单位政治表现 Political performance on a task */
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
                            aspect: "loyalty" | "steadfastness" | "commitment" | "capability" | "discipline";
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            note: string;
                            occurredOn: string;
                            /** Format: uuid */
                            personId: string | null;
                            positive: boolean;
                            /** Format: uuid */
                            taskId: string;
                            unitName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 记录政治表现 Record a claiming unit’s political performance */
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
                        aspect: "loyalty" | "steadfastness" | "commitment" | "capability" | "discipline";
                        /** Format: uuid */
                        nodeId: string;
                        note: string;
                        /** Format: date */
                        occurredOn: string;
                        /** Format: uuid */
                        personId?: string | null;
                        positive: boolean;
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
                            aspect: "loyalty" | "steadfastness" | "commitment" | "capability" | "discipline";
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            note: string;
                            occurredOn: string;
                            /** Format: uuid */
                            personId: string | null;
                            positive: boolean;
                            /** Format: uuid */
                            taskId: string;
                            unitName: string;
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
    "/api/tasks/tasks/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进展报告 Reports */
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
                            attachments: {
                                mime: string;
                                name: string;
                                size: number;
                            }[];
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            milestoneSeq: number;
                            narrative: string;
                            percent: number;
                            reporterName: string;
                            /** Format: uuid */
                            taskId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 报告进展 Report progress (idempotent) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        attachments?: {
                            mime: string;
                            name: string;
                            size: number;
                            url?: string;
                        }[];
                        beneficiaries?: number;
                        /** Format: uuid */
                        clientId: string;
                        /** @default [] */
                        indicatorValues?: {
                            actual: number;
                            index: number;
                        }[];
                        milestoneSeq: number;
                        /** @default  */
                        narrative?: string;
                        percent: number;
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
                            actualProgress: number;
                            replayed: boolean;
                            /** Format: uuid */
                            reportId: string;
                            /** @enum {string} */
                            status: "draft" | "published" | "awarded" | "completed" | "cancelled";
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
    "/api/tasks/tasks/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 时间线 Timeline */
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
                            at: string;
                            detail: string | null;
                            /** @enum {string} */
                            kind: "milestone_due" | "report" | "evaluation" | "order" | "exemption" | "violation" | "award";
                            refId: string | null;
                            status: string | null;
                            title: string;
                        }[];
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
    "/api/tasks/tasks/{id}/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录违规 Record a violation */
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
                        description: string;
                        /** Format: date */
                        occurredOn: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/tasks/unit-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位绩效分值 Units’ performance scores */
        get: {
            parameters: {
                query: {
                    nodeId?: string;
                    year: number;
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
                            average: number;
                            items: {
                                label: string;
                                recordedAt: string;
                                score: number;
                                source: string;
                            }[];
                            unitName: string;
                            /** Format: uuid */
                            unitNodeId: string;
                        }[];
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
    "/api/tasks/unit-scores.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出绩效分值 Export units’ performance scores */
        get: {
            parameters: {
                query: {
                    nodeId?: string;
                    year: number;
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
                    content?: never;
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
    "/api/training/attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交卷 Hand in */
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
                        answers: (number | null)[];
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
                            /** Format: uuid */
                            certificateId: string | null;
                            late: boolean;
                            passed: boolean;
                            score: number;
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
    "/api/training/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的证书 My certificates */
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
                            courseTitle: string;
                            hours: number;
                            /** Format: uuid */
                            id: string;
                            issuedAt: string;
                            name: string;
                            number: string;
                            score: number;
                        }[];
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
    "/api/training/certificates/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印结业证书 Printable certificate */
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
                    content?: never;
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
    "/api/training/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫码签到 Check in (the QR code’s token) */
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
                        token: string;
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
                            /** Format: uuid */
                            classId: string;
                            title: string;
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
    "/api/training/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程安排 Classes */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    nodeId?: string;
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
                            attended: number;
                            can: {
                                enrol: boolean;
                                teach: boolean;
                            };
                            /** Format: uuid */
                            courseId: string;
                            courseTitle: string;
                            endsAt: string;
                            enrolled: number;
                            hours: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            mine: "none" | "enrolled" | "qr" | "manual" | "online";
                            /** @enum {string} */
                            mode: "online" | "offline";
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            place: string;
                            /** @enum {string} */
                            power: "political" | "leading" | "professional" | "service" | "integrity";
                            startsAt: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            teacherName: string | null;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 开班 Schedule a class */
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
                        courseId: string;
                        /** Format: date-time */
                        endsAt: string;
                        hours: number;
                        /** @enum {string} */
                        mode: "online" | "offline";
                        /** Format: uuid */
                        nodeId: string;
                        /** @default  */
                        place?: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: uuid */
                        teacherId?: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程详情 A class */
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
                            attended: number;
                            can: {
                                enrol: boolean;
                                teach: boolean;
                            };
                            checkin: {
                                token: string;
                                until: string;
                            } | null;
                            /** Format: uuid */
                            courseId: string;
                            courseTitle: string;
                            endsAt: string;
                            enrolled: number;
                            hours: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            mine: "none" | "enrolled" | "qr" | "manual" | "online";
                            /** @enum {string} */
                            mode: "online" | "offline";
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            place: string;
                            /** @enum {string} */
                            power: "political" | "leading" | "professional" | "service" | "integrity";
                            roster: {
                                attendedAt: string | null;
                                /** @enum {string|null} */
                                method: "qr" | "manual" | "online" | null;
                                name: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            startsAt: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            teacherName: string | null;
                            title: string;
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
    "/api/training/classes/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 教师点名 Mark attendance */
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
                        userIds: string[];
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/training/classes/{id}/attendance.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出签到表 Export attendance (Excel) */
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
                    content?: never;
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
    "/api/training/classes/{id}/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开启扫码签到 Open QR check-in */
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
                        /** @default 120 */
                        minutes?: number;
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
                            qrSvg: string;
                            token: string;
                            until: string;
                            url: string;
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
    "/api/training/classes/{id}/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名 Enrol */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/training/classes/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结课或取消 Close as held or cancel */
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
                        status: "held" | "cancelled";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/training/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 五力十课 The curriculum */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            code: string;
                            description: string;
                            /** Format: uuid */
                            fromProblemId: string | null;
                            hours: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            mode: "online" | "offline" | "mixed";
                            /** Format: uuid */
                            nodeId: string;
                            /** @enum {string} */
                            power: "political" | "leading" | "professional" | "service" | "integrity";
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新增课程 Add a course */
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
                        code: string;
                        /** @default  */
                        description?: string;
                        hours: number;
                        /** @enum {string} */
                        mode: "online" | "offline" | "mixed";
                        /** Format: uuid */
                        nodeId: string;
                        /** @enum {string} */
                        power: "political" | "leading" | "professional" | "service" | "integrity";
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/courses/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 载入标准五力十课 Load the standard ten courses */
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
                        nodeId: string;
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
                            added: number;
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
    "/api/training/exams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考试 Exams */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            can: {
                                manage: boolean;
                                take: boolean;
                            };
                            /** Format: uuid */
                            courseId: string;
                            courseTitle: string;
                            durationMin: number;
                            /** Format: uuid */
                            id: string;
                            maxAttempts: number;
                            myAttempts: number;
                            myBest: number | null;
                            passed: boolean;
                            passMark: number;
                            questionCount: number;
                            /** @enum {string} */
                            status: "draft" | "open" | "closed";
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 出卷 Set an exam */
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
                        courseId: string;
                        durationMin: number;
                        /** @default 3 */
                        maxAttempts?: number;
                        passMark: number;
                        questions: {
                            answer: number;
                            options: string[];
                            points: number;
                            text: string;
                        }[];
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/exams/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始考试 Start an attempt */
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
                            deadlineAt: string;
                            /** Format: uuid */
                            examId: string;
                            /** Format: uuid */
                            id: string;
                            questions: {
                                options: string[];
                                points: number;
                                text: string;
                            }[];
                            title: string;
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
    "/api/training/exams/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出成绩单 Export results (Excel) */
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
                    content?: never;
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
    "/api/training/exams/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开放或关闭考试 Open or close an exam */
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
                        status: "open" | "closed";
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/training/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领雁学苑数据 Figures */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year?: number;
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
                            attendances: number;
                            classesOffline: number;
                            classesOnline: number;
                            hours: number;
                            passed: number;
                            passRate: number | null;
                            teachersByPool: {
                                [key: string]: number;
                            };
                            tested: number;
                            trainees: number;
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
    "/api/training/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 头雁论坛 Forums */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            can: {
                                raise: boolean;
                                toCourse: boolean;
                            };
                            heldOn: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            problems: {
                                /** Format: uuid */
                                courseId: string | null;
                                courseTitle: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "difficulty" | "dispute" | "blockage";
                                raisedLabel: string;
                                text: string;
                            }[];
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 举办论坛 Hold a forum */
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
                        /** Format: date */
                        heldOn: string;
                        /** Format: uuid */
                        nodeId: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/forums/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提出难题 Bring a hard problem */
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
                        kind: "difficulty" | "dispute" | "blockage";
                        text: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/problems/{id}/course": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 问题转化为课程 Turn a problem into a course */
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
                        code: string;
                        /** @default  */
                        description?: string;
                        hours: number;
                        /** @enum {string} */
                        mode: "online" | "offline" | "mixed";
                        /** @enum {string} */
                        power: "political" | "leading" | "professional" | "service" | "integrity";
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的学习档案 My training record */
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
                            certificates: {
                                courseTitle: string;
                                hours: number;
                                /** Format: uuid */
                                id: string;
                                issuedAt: string;
                                name: string;
                                number: string;
                                score: number;
                            }[];
                            classes: {
                                hours: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                method: "qr" | "manual" | "online" | null;
                                /** @enum {string} */
                                power: "political" | "leading" | "professional" | "service" | "integrity";
                                startsAt: string;
                                title: string;
                            }[];
                            hours: number;
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
    "/api/training/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 师资库 Teacher pools */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    pool?: "expert" | "master" | "red_mentor" | "grassroots" | "post8090";
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
                            hasAccount: boolean;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            organisation: string;
                            phone: string | null;
                            /** @enum {string} */
                            pool: "expert" | "master" | "red_mentor" | "grassroots" | "post8090";
                            specialty: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 入库教师 Add a teacher */
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
                        /** Format: uuid */
                        nodeId: string;
                        /** @default  */
                        organisation?: string;
                        phone?: string;
                        /** @enum {string} */
                        pool: "expert" | "master" | "red_mentor" | "grassroots" | "post8090";
                        /** @default  */
                        specialty?: string;
                        /** Format: uuid */
                        userId?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/training/teachers.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出师资库 Export teachers (Excel) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                    content?: never;
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
    "/api/training/teachers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入师资库 Import teachers (multipart `file`) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
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
    "/api/villagefund/batches/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准、不批准或审核拨付 Approve, reject or pay a batch */
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
                        decision: "approve" | "reject" | "pay";
                        note?: string;
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
                            status: string;
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
    "/api/villagefund/export/projects.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出项目台账 Export projects (Excel) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                    content?: never;
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
    "/api/villagefund/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 强村富民数据 Figures */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year?: number;
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
                            collectiveReturnFen: number;
                            householdReturnFen: number;
                            households: number;
                            netGrowthPct: number | null;
                            netYearFen: number;
                            paidFen: number;
                            paidYearFen: number;
                            projects: number;
                            projectsByStage: {
                                [key: string]: number;
                            };
                            raisedBySource: {
                                collective: number;
                                donation: number;
                                fiscal: number;
                                loan: number;
                            };
                            raisedFen: number;
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
    "/api/villagefund/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金池 Fund pools */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
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
                            bySource: {
                                collective: number;
                                donation: number;
                                fiscal: number;
                                loan: number;
                            };
                            can: {
                                manage: boolean;
                            };
                            committedFen: number;
                            freeFen: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            paidFen: number;
                            raisedFen: number;
                            recoveredFen: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 设立资金池 Set up a pool */
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
                        /** Format: uuid */
                        nodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/villagefund/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金池详情 A pool */
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
                            bySource: {
                                collective: number;
                                donation: number;
                                fiscal: number;
                                loan: number;
                            };
                            can: {
                                manage: boolean;
                            };
                            committedFen: number;
                            freeFen: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            paidFen: number;
                            raisedFen: number;
                            recoveredFen: number;
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
    "/api/villagefund/pools/{id}/inflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 资金入池 Money raised (1+1+1+N) */
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
                        amountFen: number;
                        /** @default  */
                        counterparty?: string;
                        /** @default  */
                        note?: string;
                        /** Format: date */
                        occurredOn: string;
                        rateBp?: number;
                        /** @enum {string} */
                        source: "fiscal" | "loan" | "collective" | "donation";
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
                            /** Format: uuid */
                            id: string;
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
    "/api/villagefund/pools/{id}/inflows/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入入池资金 Import money raised (multipart `file`: .xlsx or CSV) */
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
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
                            imported: number;
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
    "/api/villagefund/pools/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金台账 The ledger */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountFen: number;
                            counterparty: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "inflow" | "payout" | "recovery";
                            note: string;
                            occurredOn: string;
                            /** Format: uuid */
                            projectId: string | null;
                            projectTitle: string | null;
                            rateBp: number | null;
                            /** @enum {string|null} */
                            source: "fiscal" | "loan" | "collective" | "donation" | null;
                        }[];
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
    "/api/villagefund/pools/{id}/ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出资金台账 Export the ledger (Excel) */
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
                    content?: never;
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
    "/api/villagefund/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 强村富民项目 Projects */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    poolId?: string;
                    stage?: "applied" | "reviewing" | "approved" | "funding" | "operating" | "exited" | "rejected" | "withdrawn";
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
                            appliedAt: string;
                            /** @enum {string} */
                            category: "farming" | "ecology" | "tourism" | "property" | "processing" | "other";
                            /** Format: uuid */
                            id: string;
                            investmentFen: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            paidFen: number;
                            /** Format: uuid */
                            poolId: string;
                            poolName: string;
                            /** @enum {string|null} */
                            riskGrade: "low" | "medium" | "high" | null;
                            /** @enum {string} */
                            stage: "applied" | "reviewing" | "approved" | "funding" | "operating" | "exited" | "rejected" | "withdrawn";
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 申报项目 Apply for a project */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        annualCostFen: number;
                        annualRevenueFen: number;
                        /** @enum {string} */
                        category: "farming" | "ecology" | "tourism" | "property" | "processing" | "other";
                        description: string;
                        horizonYears: number;
                        /** @default 0 */
                        households?: number;
                        investmentFen: number;
                        /** Format: uuid */
                        nodeId: string;
                        risks: {
                            collateral: number;
                            market: number;
                            operation: number;
                            policy: number;
                        };
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/villagefund/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目详情 A project */
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
                            annualCostFen: number;
                            annualRevenueFen: number;
                            appliedAt: string;
                            batches: {
                                amountFen: number;
                                approvedAt: string | null;
                                can: {
                                    approve: boolean;
                                    pay: boolean;
                                };
                                decisionNote: string | null;
                                /** Format: uuid */
                                id: string;
                                paidAt: string | null;
                                progress: number;
                                progressNote: string;
                                requestedAt: string;
                                seq: number;
                                /** @enum {string} */
                                status: "requested" | "approved" | "paid" | "rejected";
                            }[];
                            can: {
                                evaluate: boolean;
                                plan: boolean;
                                requestBatch: boolean;
                                review: boolean;
                            };
                            /** @enum {string} */
                            category: "farming" | "ecology" | "tourism" | "property" | "processing" | "other";
                            committedFen: number;
                            decisionNote: string | null;
                            description: string;
                            exitAdvised: boolean;
                            exitReason: string | null;
                            exitRecoveredFen: number | null;
                            feasibility: {
                                horizonNetFen: number;
                                netAnnualFen: number;
                                paybackYears: number | null;
                                /** @enum {string} */
                                recommendation: "recommend" | "conditional" | "reject";
                                /** @enum {string} */
                                riskGrade: "low" | "medium" | "high";
                                riskScore: number;
                                roiPct: number;
                            } | null;
                            horizonYears: number;
                            households: number;
                            /** Format: uuid */
                            id: string;
                            investmentFen: number;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            paidFen: number;
                            panelMissing: ("org_dept" | "finance" | "agriculture" | "shuangzeng" | "other")[];
                            plan: {
                                collectiveShare: number;
                                exitTerms: string;
                                indicators: {
                                    name: string;
                                    target: string;
                                }[];
                                milestones: string;
                                setAt: string;
                                sources: {
                                    collective: number;
                                    donation: number;
                                    fiscal: number;
                                    loan: number;
                                };
                                totalFen: number;
                                version: number;
                            } | null;
                            /** Format: uuid */
                            poolId: string;
                            poolName: string;
                            reviews: {
                                collectiveReturnFen: number;
                                costFen: number;
                                /** @enum {string} */
                                grade: "excellent" | "good" | "pass" | "fail";
                                householdReturnFen: number;
                                households: number;
                                indicatorsMet: number;
                                indicatorsTotal: number;
                                note: string;
                                revenueFen: number;
                                score: number;
                                year: number;
                            }[];
                            /** @enum {string|null} */
                            riskGrade: "low" | "medium" | "high" | null;
                            risks: {
                                collateral: number;
                                market: number;
                                operation: number;
                                policy: number;
                            };
                            /** @enum {string} */
                            stage: "applied" | "reviewing" | "approved" | "funding" | "operating" | "exited" | "rejected" | "withdrawn";
                            steps: ("start_review" | "approve" | "reject" | "withdraw" | "exit")[];
                            title: string;
                            version: number;
                            visits: {
                                /** Format: uuid */
                                id: string;
                                memberName: string;
                                note: string;
                                /** @enum {string} */
                                opinion: "support" | "concern" | "oppose";
                                /** @enum {string} */
                                unit: "org_dept" | "finance" | "agriculture" | "shuangzeng" | "other";
                                visitedOn: string;
                            }[];
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
    "/api/villagefund/projects/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 线上数据评估 Run the analysis */
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
                            horizonNetFen: number;
                            netAnnualFen: number;
                            paybackYears: number | null;
                            /** @enum {string} */
                            recommendation: "recommend" | "conditional" | "reject";
                            /** @enum {string} */
                            riskGrade: "low" | "medium" | "high";
                            riskScore: number;
                            roiPct: number;
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
    "/api/villagefund/projects/{id}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按进度申请拨付 Ask for a batch by progress */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountFen: number;
                        progress: number;
                        progressNote: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/villagefund/projects/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 项目方案 The project plan */
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
                        collectiveShare: number;
                        exitTerms: string;
                        indicators: {
                            name: string;
                            target: string;
                        }[];
                        milestones: string;
                        sources: {
                            collective: number;
                            donation: number;
                            fiscal: number;
                            loan: number;
                        };
                        totalFen: number;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/villagefund/projects/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可行性研究报告 The feasibility report (printable HTML) */
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
                    content?: never;
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
    "/api/villagefund/projects/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 年度绩效评估 Yearly performance review */
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
                        collectiveReturnFen: number;
                        costFen: number;
                        householdReturnFen: number;
                        households: number;
                        indicatorsMet: number;
                        /** @default  */
                        note?: string;
                        revenueFen: number;
                        year: number;
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
                            grade: string;
                            score: number;
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
    "/api/villagefund/projects/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进项目 Take a step (评审、立项、不予立项、撤回、退出) */
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
                        note?: string;
                        recoveredFen?: number;
                        /** @enum {string} */
                        step: "start_review" | "approve" | "reject" | "withdraw" | "exit";
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
                            stage: string;
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
    "/api/villagefund/projects/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 实地走访 A panel visit (4+X) */
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
                        memberName: string;
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        opinion: "support" | "concern" | "oppose";
                        /** @enum {string} */
                        unit: "org_dept" | "finance" | "agriculture" | "shuangzeng" | "other";
                        /** Format: date */
                        visitedOn: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/volunteers/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿活动 Activities */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    when?: "upcoming" | "past" | "all";
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
                            can: {
                                organise: boolean;
                                signUp: boolean;
                            };
                            cancelled: boolean;
                            capacity: number;
                            description: string;
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            mine: {
                                checkinAt: string | null;
                                checkoutAt: string | null;
                                hours: number | null;
                                /** @enum {string} */
                                state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
                            } | null;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            place: string;
                            signedUp: number;
                            startsAt: string;
                            teamName: string | null;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 发布志愿活动 Publish an activity */
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
                        capacity: number;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** Format: uuid */
                        nodeId: string;
                        place?: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: uuid */
                        teamId?: string;
                        title: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/volunteers/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 活动详情 An activity */
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
                            can: {
                                organise: boolean;
                                signUp: boolean;
                            };
                            cancelled: boolean;
                            capacity: number;
                            checkinToken: string | null;
                            description: string;
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            mine: {
                                checkinAt: string | null;
                                checkoutAt: string | null;
                                hours: number | null;
                                /** @enum {string} */
                                state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
                            } | null;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            place: string;
                            signedUp: number;
                            signups: {
                                checkinAt: string | null;
                                checkoutAt: string | null;
                                hours: number | null;
                                label: string;
                                signedAt: string;
                                /** @enum {string} */
                                state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
                                suggested: number | null;
                                /** Format: uuid */
                                volunteerId: string;
                            }[];
                            startsAt: string;
                            teamName: string | null;
                            title: string;
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
    "/api/volunteers/activities/{id}/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫码签到 Check in by QR */
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
                        token: string;
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
                            at: string;
                            replayed: boolean;
                            /** @enum {string} */
                            state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
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
    "/api/volunteers/activities/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫码签退 Check out by QR */
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
                        token: string;
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
                            at: string;
                            replayed: boolean;
                            /** @enum {string} */
                            state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
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
    "/api/volunteers/activities/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认服务时长 Confirm hours */
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
                        items: {
                            hours: number;
                            /** Format: uuid */
                            volunteerId: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/volunteers/activities/{id}/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报名 Sign up */
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
                            replayed: boolean;
                            /** @enum {string} */
                            state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
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
    "/api/volunteers/activities/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消报名 Withdraw */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/volunteers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出志愿者与队伍 Export (.xlsx) */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                    content?: never;
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
    "/api/volunteers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的志愿服务 My year */
        get: {
            parameters: {
                query?: {
                    year?: number;
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
                            activities: {
                                hours: number | null;
                                /** Format: uuid */
                                id: string;
                                startsAt: string;
                                /** @enum {string} */
                                state: "signed" | "checked_in" | "checked_out" | "confirmed" | "cancelled";
                                title: string;
                            }[];
                            hours: number;
                            nextStarHours: number | null;
                            stars: number;
                            thresholds: number[];
                            year: number;
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
    "/api/volunteers/me/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的志愿服务证书 My certificate */
        get: {
            parameters: {
                query?: {
                    year?: number;
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
                            activities: number;
                            hours: number;
                            issuedOn: string;
                            issuer: string;
                            name: string;
                            number: string;
                            stars: number;
                            year: number;
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
    "/api/volunteers/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 星级时长标准 Star thresholds */
        get: {
            parameters: {
                query: {
                    districtId: string;
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
                            /** Format: uuid */
                            districtId: string;
                            starHours: number[];
                            version: number;
                        };
                    };
                };
            };
        };
        /** 设置星级时长 Set star thresholds */
        put: {
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
                        districtId: string;
                        starHours: number[];
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/volunteers/stars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 星级志愿者 Star volunteers of a node */
        get: {
            parameters: {
                query: {
                    nodeId: string;
                    year?: number;
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
                            hours: number;
                            label: string;
                            /** Format: uuid */
                            nodeId: string;
                            /** Format: uuid */
                            personId: string | null;
                            stars: number;
                            /** Format: uuid */
                            volunteerId: string;
                        }[];
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
    "/api/volunteers/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从人口台账同步志愿者 Bring in the register’s volunteers */
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
                        nodeId: string;
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
                            added: number;
                            found: number;
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
    "/api/volunteers/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿服务队 Teams */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            /** Format: uuid */
                            id: string;
                            leader: string;
                            members: number;
                            name: string;
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记队伍 Register a team */
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
                        leader?: string;
                        name: string;
                        /** Format: uuid */
                        nodeId: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/volunteers/teams/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入队伍 Import teams (multipart `file`) */
        post: {
            parameters: {
                query: {
                    nodeId: string;
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
                            created: number;
                            errors: {
                                field: string;
                                message: string;
                                row: number;
                            }[];
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
    "/api/volunteers/totals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度统计 A node’s year */
        get: {
            parameters: {
                query?: {
                    nodeId?: string;
                    year?: number;
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
                            activities: number;
                            hours: number;
                            /** Format: uuid */
                            nodeId: string;
                            starred: {
                                count: number;
                                stars: number;
                            }[];
                            teams: number;
                            volunteers: number;
                            year: number;
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
    "/api/volunteers/volunteers/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印志愿者证书 A volunteer’s certificate */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: number;
                            hours: number;
                            issuedOn: string;
                            issuer: string;
                            name: string;
                            number: string;
                            stars: number;
                            year: number;
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
    "/api/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投票列表 Votes */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    nodeId?: string;
                    offset?: number;
                    owner?: string;
                    state?: "scheduled" | "open" | "closing" | "closed" | "cancelled";
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
                                ballots: number | null;
                                cancelledAt: string | null;
                                cancelReason: string | null;
                                closedAt: string | null;
                                closesAt: string;
                                /** Format: uuid */
                                districtId: string;
                                eligible: number | null;
                                /** Format: uuid */
                                id: string;
                                maxChoices: number;
                                /** @enum {string} */
                                method: "single" | "approval" | "ranking";
                                /** Format: uuid */
                                nodeId: string;
                                nodeName: string;
                                opensAt: string;
                                owner: string;
                                ownerRef: string | null;
                                secret: boolean;
                                /** @enum {string} */
                                state: "scheduled" | "open" | "closing" | "closed" | "cancelled";
                                title: string;
                                turnout: number | null;
                                voted: number;
                            }[];
                            total: number;
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
    "/api/votes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投票详情 A vote */
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
                            ballots: number | null;
                            can: {
                                cancel: boolean;
                                cast: boolean;
                                close: boolean;
                                paper: boolean;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            closedAt: string | null;
                            closesAt: string;
                            description: string;
                            /** Format: uuid */
                            districtId: string;
                            eligible: number | null;
                            /** Format: uuid */
                            id: string;
                            maxChoices: number;
                            /** @enum {string} */
                            method: "single" | "approval" | "ranking";
                            myVoters: {
                                /** Format: uuid */
                                id: string;
                                label: string;
                                voted: boolean;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            opensAt: string;
                            options: {
                                count: number | null;
                                first: number | null;
                                label: string;
                                points: number | null;
                                position: number;
                            }[];
                            owner: string;
                            ownerRef: string | null;
                            secret: boolean;
                            /** @enum {string} */
                            state: "scheduled" | "open" | "closing" | "closed" | "cancelled";
                            title: string;
                            turnout: number | null;
                            voted: number;
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
    "/api/votes/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 投票 Cast a ballot (a second cast by the same voter is not counted) */
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
                        choices: number[];
                        /** Format: uuid */
                        voterId?: string;
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
                            counted: boolean;
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
    "/api/votes/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销投票 Cancel */
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/votes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提前截止并计票 Close now and tally */
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
                            ballots: number | null;
                            can: {
                                cancel: boolean;
                                cast: boolean;
                                close: boolean;
                                paper: boolean;
                            };
                            cancelledAt: string | null;
                            cancelReason: string | null;
                            closedAt: string | null;
                            closesAt: string;
                            description: string;
                            /** Format: uuid */
                            districtId: string;
                            eligible: number | null;
                            /** Format: uuid */
                            id: string;
                            maxChoices: number;
                            /** @enum {string} */
                            method: "single" | "approval" | "ranking";
                            myVoters: {
                                /** Format: uuid */
                                id: string;
                                label: string;
                                voted: boolean;
                            }[];
                            /** Format: uuid */
                            nodeId: string;
                            nodeName: string;
                            opensAt: string;
                            options: {
                                count: number | null;
                                first: number | null;
                                label: string;
                                points: number | null;
                                position: number;
                            }[];
                            owner: string;
                            ownerRef: string | null;
                            secret: boolean;
                            /** @enum {string} */
                            state: "scheduled" | "open" | "closing" | "closed" | "cancelled";
                            title: string;
                            turnout: number | null;
                            voted: number;
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
    "/api/votes/{id}/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入纸质选票 Enter paper ballots (a second officer confirms) */
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
                        entries: {
                            choices: number[];
                            /** Format: uuid */
                            voterId: string;
                        }[];
                        /** @default  */
                        note?: string;
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
                            /** Format: uuid */
                            id: string;
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
    "/api/votes/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 纸质选票批次 Paper ballot batches */
        get: {
            parameters: {
                query?: {
                    pending?: "0" | "1";
                    voteId?: string;
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
                            ballotCount: number;
                            can: {
                                decide: boolean;
                            };
                            decidedAt: string | null;
                            decidedBy: string | null;
                            enteredAt: string;
                            enteredBy: string;
                            /** Format: uuid */
                            id: string;
                            note: string;
                            rejectReason: string | null;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected";
                            /** Format: uuid */
                            voteId: string;
                            voterCount: number;
                            voteTitle: string;
                        }[];
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
    "/api/votes/paper/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认或退回纸质选票 Confirm or send back paper ballots */
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
                        confirm: boolean;
                        reason?: string;
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
                            /** @enum {boolean} */
                            ok: true;
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
