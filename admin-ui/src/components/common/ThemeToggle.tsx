import { useTheme, type Theme } from '@/context/ThemeContext';
import { cn } from '@/utils/cn';

const OPTIONS: { value: Theme; label: string; icon: string }[] = [
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
  { value: 'system', label: 'System', icon: '◐' },
];

/** Light, dark or the system's choice; remembered on this device. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  return (
    <div role="radiogroup" aria-label="Theme" className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={theme === option.value}
          title={`${option.label} theme`}
          onClick={() => setTheme(option.value)}
          className={cn(
            'min-h-8 rounded px-2 text-sm',
            theme === option.value
              ? 'bg-indigo-700 text-white dark:bg-indigo-400 dark:text-slate-950'
              : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-700',
          )}
        >
          <span aria-hidden="true">{option.icon}</span>
          <span className="sr-only">{option.label}</span>
        </button>
      ))}
    </div>
  );
}
