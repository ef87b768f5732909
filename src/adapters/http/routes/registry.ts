import type { Router } from 'express';
import type { Container } from 'inversify';
import type { ApiDefinition } from '../openapi';

/** A module's API routes, mounted under /api/v1. One file per module in this folder. */
export type ApiRoutes = (api: ApiDefinition, router: Router, container: Container) => void;

export const API_ROUTES: ApiRoutes[] = [];
