// The API's shapes, generated from openapi/*.json (npm run api-types); import them from here.
import type { components as Auth } from './generated/auth';
import type { components as Resellers } from './generated/resellers';
import type { components as Users } from './generated/users';
import type { components as Analytics } from './generated/analytics';
import type { components as Support } from './generated/support';
import type { components as Orders } from './generated/orders';
import type { components as Payments } from './generated/payments';
import type { components as Platform } from './generated/platform';

export type Admin = Auth['schemas']['AdminResponse'];
/** auth-service documents the role as a string; these are its values (ADR 0006). */
export type Role = 'super_admin' | 'admin' | 'moderator';
export type LoginRequest = Auth['schemas']['LoginRequest'];
export type TokenResponse = Auth['schemas']['TokenResponse'];

export type Reseller = Resellers['schemas']['ResellerResponse'];
export type ResellerRequest = Resellers['schemas']['ResellerRequest'];
export type ResellerStatus = Reseller['status'];
export type Client = Resellers['schemas']['ClientResponse'];
export type ClientPatch = Resellers['schemas']['ClientPatch'];
export type ClientStatus = Client['status'];
export type LedgerEntry = Resellers['schemas']['LedgerEntryResponse'];

export type User = Users['schemas']['UserResponse'];
export type UserStatus = User['status'];

export type DashboardMetrics = Analytics['schemas']['DashboardMetrics'];
export type Activity = Analytics['schemas']['Activity'];
export type ResellerSummary = Analytics['schemas']['ResellerSummary'];
export type SalesTrend = Analytics['schemas']['SalesTrend'];
export type TopResellers = Analytics['schemas']['TopResellers'];
export type RevenueDistribution = Analytics['schemas']['RevenueDistribution'];

export type Ticket = Support['schemas']['TicketResponse'];
export type Order = Orders['schemas']['OrderResponse'];
export type Transaction = Payments['schemas']['TransactionResponse'];

export type PageMeta = Platform['schemas']['PageMeta'];
export interface Page<T> {
  content: T[];
  page: PageMeta;
}
