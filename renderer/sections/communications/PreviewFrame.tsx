import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';

const useStyles = makeStyles({
  frame: {
    display: 'block',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#FFFFFF',
    maxWidth: '100%',
    minHeight: '240px',
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
  },
});

/**
 * A document shown in a frame as tall as its content. No script runs in it: the sandbox leaves
 * scripts off and only allows same-origin access, which the app needs to read the content's height.
 */
export function PreviewFrame({ srcDoc, title, width, className }: { srcDoc: string; title: string; width: string; className?: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);

  const measure = useCallback(() => {
    const doc = ref.current?.contentDocument;
    if (!doc?.documentElement) return;
    // The root's own box, not scrollHeight: that never drops below the frame's height, so a frame could not shrink.
    setHeight(Math.max(240, Math.ceil(doc.documentElement.getBoundingClientRect().height)));
  }, []);

  // A new width reflows the content; measure again once it has.
  useEffect(() => {
    const frame = requestAnimationFrame(measure);
    const late = setTimeout(measure, 350);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(late);
    };
  }, [width, measure]);

  // Images (the logo) can arrive after load and grow the content.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onLoad = () => {
      measure();
      el.contentDocument?.querySelectorAll('img').forEach((img) => img.addEventListener('load', measure, { once: true }));
    };
    el.addEventListener('load', onLoad);
    return () => el.removeEventListener('load', onLoad);
  }, [measure]);

  return (
    <iframe
      ref={ref}
      className={mergeClasses(styles.frame, className)}
      // Scripts stay off; same-origin only lets the app measure the height.
      sandbox="allow-same-origin"
      title={title}
      srcDoc={srcDoc}
      style={{ width, height: `${height}px` }}
    />
  );
}
