import type { Activity, Admin, Client, DashboardMetrics, Page, Reseller, RevenueDistribution, SalesTrend, TopResellers, User } from '@/api/types';

export const adminUser: Admin = {
  id: '01930000-0000-7000-8000-000000000001',
  email: 'admin@example.com',
  username: 'admin',
  firstName: 'Demo',
  lastName: 'Admin',
  role: 'admin',
  active: true,
  invitationPending: false,
  lastLogin: '2026-11-25T09:00:00Z',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-25T09:00:00Z',
  version: 3,
};

export const moderatorUser: Admin = { ...adminUser, id: '01930000-0000-7000-8000-000000000002', email: 'moderator@example.com', firstName: 'Demo', lastName: 'Moderator', role: 'moderator' };

export function tokens(admin: Admin = adminUser) {
  return { accessToken: `token-for-${admin.role}`, tokenType: 'Bearer', expiresIn: 600, admin };
}

export const acme: Reseller = {
  id: '01930000-0000-7000-8000-00000000a001',
  businessName: 'Acme SIM',
  contactPerson: 'Ada Lovelace',
  email: 'ada@acme.example',
  phone: '+44 20 7946 0958',
  address: '1 Road',
  city: 'London',
  state: null as unknown as string,
  country: 'GB',
  status: 'active',
  creditLimit: '5000.00',
  currentBalance: '1250.50',
  commissionRate: '5.00',
  createdBy: adminUser.id,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-21T10:00:00Z',
  version: 2,
};

export const globex: Reseller = { ...acme, id: '01930000-0000-7000-8000-00000000a002', businessName: 'Globex Mobile', email: 'sales@globex.example', status: 'pending', currentBalance: '0.00', version: 0 };

export const client1: Client = {
  id: '01930000-0000-7000-8000-00000000c001',
  resellerId: acme.id,
  clientName: 'Bob Builder',
  clientEmail: 'bob@example.com',
  clientPhone: '+44 7700 900123',
  planType: 'Business 20GB',
  status: 'active',
  monthlyLimit: '200.00',
  currentUsage: '50.00',
  usageMonth: '2026-11',
  createdBy: adminUser.id,
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-22T10:00:00Z',
  version: 1,
};

export const user1: User = {
  id: '01930000-0000-7000-8000-00000000b001',
  fullName: 'Grace Hopper',
  email: 'grace@example.com',
  phone: '+14155550123',
  address: '2 Street',
  city: 'Manchester',
  state: null as unknown as string,
  postalCode: 'M1 1AA',
  country: 'GB',
  dateOfBirth: '1990-04-01',
  idDocumentType: 'passport',
  idDocumentNumber: '••••1234',
  idDocumentNumberMasked: true,
  status: 'active',
  emailVerifiedAt: '2026-11-02T10:00:00Z',
  phoneVerifiedAt: null as unknown as string,
  currentPlan: 'Unlimited 5G',
  createdBy: adminUser.id,
  createdAt: '2026-11-02T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  version: 4,
};

export const metrics: DashboardMetrics = {
  totalUsers: 1200,
  totalResellers: 42,
  totalClients: 310,
  ordersToday: 17,
  ordersThisMonth: 480,
  revenueThisMonth: '12345.60',
  resellersByStatus: { active: 30, pending: 10, suspended: 2 },
  usersByStatus: { active: 1000, blocked: 20, pendingVerification: 180 },
  clientsByStatus: { active: 300, inactive: 8, suspended: 2 },
  ordersTodayBySource: { app: 10, reseller: 7 },
  ordersThisMonthBySource: { app: 300, reseller: 180 },
  revenueToday: '420.00',
  revenueThisMonthBySource: { app: '8000.00', reseller: '4345.60' },
};

const bucket = (period: string, app: number, reseller: number) => ({
  period,
  start: period,
  end: period,
  orders: app + reseller,
  ordersCancelled: 0,
  grossRevenue: '0.00',
  refunds: '0.00',
  revenue: `${app * 10 + reseller * 10}.00`,
  bySource: {
    app: { orders: app, ordersCancelled: 0, grossRevenue: `${app * 10}.00`, refunds: '0.00', revenue: `${app * 10}.00` },
    reseller: { orders: reseller, ordersCancelled: 0, grossRevenue: `${reseller * 10}.00`, refunds: '0.00', revenue: `${reseller * 10}.00` },
  },
});

export function salesTrend(range = '30d', buckets = [bucket('2026-11-24', 2, 1), bucket('2026-11-25', 0, 0)]): SalesTrend {
  const zero = { orders: 0, ordersCancelled: 0, grossRevenue: '0.00', refunds: '0.00', revenue: '0.00' };
  return { range, granularity: 'day', from: '2026-11-24', to: '2026-11-25', buckets, totals: { orders: 3, ordersCancelled: 0, grossRevenue: '30.00', refunds: '0.00', revenue: '30.00', bySource: { app: zero, reseller: zero } } };
}

export const emptyTrend = salesTrend('30d', [bucket('2026-11-25', 0, 0)]);

export const topResellers: TopResellers = {
  range: '30d',
  from: '2026-10-27',
  to: '2026-11-25',
  resellers: [{ rank: 1, resellerId: '01930000-0000-7000-8000-00000000a001', businessName: 'Acme SIM', status: 'active', removed: false, orders: 9, ordersCancelled: 1, grossRevenue: '300.00', refunds: '30.00', revenue: '270.00', commission: '13.50' }],
};

export const revenueDistribution: RevenueDistribution = {
  range: '30d',
  from: '2026-10-27',
  to: '2026-11-25',
  total: '1240.00',
  bySource: [
    { source: 'app', revenue: '800.00', share: '64.5' },
    { source: 'reseller', revenue: '440.00', share: '35.5' },
  ],
  byPlan: [{ planName: 'Unlimited 5G', revenue: '450.00', paidOrders: 15, share: '36.3' }],
};

export const activity: Activity = {
  id: 7,
  userType: 'admin',
  userId: adminUser.id,
  action: 'reseller.registered',
  description: 'Reseller Acme SIM registered',
  ipAddress: '127.0.0.1',
  userAgent: 'test',
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  subjectType: 'reseller',
  subjectId: acme.id,
  eventId: '01930000-0000-7000-8000-0000000e0001',
};

export function page<T>(content: T[], number = 0, size = 20, totalElements = content.length): Page<T> {
  return { content, page: { number, size, totalElements, totalPages: Math.ceil(totalElements / size) } };
}

export function problem(status: number, slug: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: `urn:problem-type:simadmin:${slug}`, title: slug, status, detail, instance: '/api', ...extra };
}
