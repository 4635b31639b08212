import EmbeddedVideo from '../EmbeddedVideo.astro';
import VideoPlayer from '../VideoPlayer.astro';
import type { Video } from '../../schemas/video';
import type { ComponentExamples } from './types';

// Videos: played on the page (stored here) or, by choice, on a watch page (YouTube and Vimeo).

const transcript = 'On screen: How to ask for an EHC needs assessment.\n\nYou can fill in the online form, or email the SEND team at send.team@example.org.';
const selfHosted: Video = {
  title: 'How to ask for an EHC needs assessment',
  file: '/videos/ehc-needs-assessment.mp4',
  captions: '/videos/ehc-needs-assessment.vtt',
  poster: '/videos/ehc-needs-assessment.jpg',
  transcript,
};
const onYouTube: Video = {
  title: 'Short breaks explained',
  embed: 'https://www.youtube.com/watch?v=aBcDeFgHiJk',
  captions: '/videos/ehc-needs-assessment.vtt',
  transcript,
};
const onVimeo: Video = { title: 'A day at Oakfield School', embed: 'https://vimeo.com/123456789', captions: '/videos/ehc-needs-assessment.vtt', transcript };

export const videoPlayer: ComponentExamples = {
  component: VideoPlayer,
  examples: {
    'stored on this site: plays in place, captions on, nothing loaded until play': {
      props: { video: selfHosted, watchPage: '/information/ehc-needs-assessment/video/' },
      shows: [
        'Video: How to ask for an EHC needs assessment',
        'Length: 1 minute',
        'The video has captions, which are on when it starts.',
        'Download the video (MP4, ',
        'Read the transcript of the video: How to ask for an EHC needs assessment',
        'You can fill in the online form',
      ],
      markup: [
        'controls preload="none"',
        /<track kind="captions" src="\/videos\/ehc-needs-assessment.vtt" srclang="en" label="English" default/,
        /^(?![^]*autoplay)/,
      ],
    },
    'on YouTube: loads nothing from YouTube until the viewer chooses': {
      props: { video: onYouTube, watchPage: '/information/short-breaks/video/' },
      shows: [
        'Video: Short breaks explained',
        'This video is on YouTube. We do not load it until you choose to watch',
        'Watch the video: Short breaks explained',
        'Watch it on YouTube (opens the YouTube website)',
        'The video has captions.',
        'Read the transcript',
      ],
      hides: ['Download'],
      markup: ['href="/information/short-breaks/video/"', 'href="https://www.youtube.com/watch?v=aBcDeFgHiJk"', /^(?![^]*<(iframe|img|script))/],
    },
    'on Vimeo': {
      props: { video: onVimeo, watchPage: '/services/oakfield-school/video/' },
      shows: ['This video is on Vimeo.', 'Watch it on Vimeo (opens the Vimeo website)'],
      markup: ['href="https://vimeo.com/123456789"'],
    },
  },
};

export const embeddedVideo: ComponentExamples = {
  component: EmbeddedVideo,
  headingOne: true,
  examples: {
    'YouTube, in its privacy-enhanced player, with the transcript open': {
      props: { video: onYouTube, from: { title: 'Short breaks', href: '/information/short-breaks/' } },
      shows: [
        'Video: Short breaks explained',
        'This video plays from YouTube. Turn captions on with the CC button in the player.',
        'Watch it on YouTube instead',
        'Back to Short breaks',
        'Transcript',
        'You can fill in the online form',
      ],
      markup: ['src="https://www.youtube-nocookie.com/embed/aBcDeFgHiJk" title="Video: Short breaks explained"'],
    },
    'Vimeo, asked not to track': {
      props: { video: onVimeo, from: { title: 'Oakfield School', href: '/services/oakfield-school/' } },
      shows: ['This video plays from Vimeo.', 'Watch it on Vimeo instead', 'Back to Oakfield School'],
      markup: ['src="https://player.vimeo.com/video/123456789?dnt=1"'],
    },
    'no YouTube or Vimeo address: the build stops, naming the page': {
      props: { video: selfHosted, from: { title: 'Asking for an EHC needs assessment', href: '/information/ehc-needs-assessment/' } },
      fails: '/information/ehc-needs-assessment/: the video "How to ask for an EHC needs assessment" has no YouTube or Vimeo address to embed.',
      shows: [],
    },
  },
};
