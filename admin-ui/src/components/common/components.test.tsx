import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pagination } from './Pagination';
import { StatusBadge } from './StatusBadge';
import { renderApp } from '@/test/render';
import { formatMoney, formatPercent, humanize } from '@/utils/format';

describe('shared components', () => {
  it('pagination_says_where_you_are_and_stops_at_the_ends', async () => {
    const onPage = vi.fn();
    render(<Pagination page={0} size={20} totalElements={45} totalPages={3} onPageChange={onPage} onSizeChange={vi.fn()} />);
    expect(screen.getByText('1–20 of 45')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Last page' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });

  it('status_badge_says_the_status_in_words', () => {
    render(<StatusBadge status="pending_verification" />);
    expect(screen.getByText('Pending verification')).toBeInTheDocument();
  });

  it('formats_money_strings_exactly_without_floating_point', () => {
    expect(formatMoney('1234567.5')).toBe('1,234,567.50');
    expect(formatMoney('-0.10')).toBe('−0.10');
    expect(formatMoney('9999999999.99')).toBe('9,999,999,999.99');
    expect(formatMoney(null)).toBe('—');
    expect(formatPercent('5.00')).toBe('5 %');
    expect(formatPercent('12.50')).toBe('12.5 %');
    expect(humanize('reseller.status_changed')).toBe('Reseller status changed');
  });
});

describe('shell', () => {
  it('switches_to_dark_mode_and_remembers_it', async () => {
    renderApp('/dashboard');
    await userEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(window.localStorage.getItem('simadmin.theme')).toBe('"dark"');
    await userEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('shows_a_404_page_for_an_unknown_path_inside_the_shell', async () => {
    renderApp('/no-such-screen');
    expect(await screen.findByRole('heading', { name: 'This page does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('shows_only_the_screens_that_exist_in_the_navigation', async () => {
    renderApp('/dashboard');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Dashboard');
    expect(nav).toHaveTextContent('Resellers');
    expect(nav).toHaveTextContent('Clients');
    expect(nav).toHaveTextContent('Users');
  });
});

describe('estimated totals', () => {
  it('pagination_says_about_when_the_server_estimated_the_total', () => {
    render(<Pagination page={0} size={20} totalElements={1000000} totalPages={50000} exactTotal={false} onPageChange={vi.fn()} />);
    expect(screen.getByText('1–20 of about 1,000,000')).toBeInTheDocument();
    expect(screen.queryByText('Rows per page')).not.toBeInTheDocument();
  });
});
